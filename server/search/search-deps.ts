import 'server-only';
import { databasePath } from '@/lib/db/database-path';
import { prisma } from '@/server/db';
import type { QuestionSearchDeps } from './question-search';
import { prismaNameResolver } from './resolve-filters';
import { SqliteQuestionSearch } from './sqlite-search';

// One read-only search connection per process (kept on globalThis so dev reloads reuse it).
const globalForSearch = globalThis as unknown as { answerableSearch?: SqliteQuestionSearch };

/** The search backend and name lookups for the app's database. */
export function questionSearchDeps(): QuestionSearchDeps {
  globalForSearch.answerableSearch ??= new SqliteQuestionSearch(databasePath());
  return { backend: globalForSearch.answerableSearch, names: prismaNameResolver(prisma) };
}
