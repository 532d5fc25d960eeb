import 'server-only';
import { databasePath } from '@/lib/db/database-path';
import { readSearchSettings } from '@/lib/search/search-settings';
import type { QuestionSearchDeps } from './question-search';
import type { NameResolver } from './resolve-filters';
import { SqliteQuestionSearch } from './sqlite-search';
import { sqliteNameResolver } from './sqlite-names';

// One read-only search connection per process (kept on globalThis so dev reloads reuse it); filter
// names are looked up on it too (sqlite-names.ts). Each search has SEARCH_DEADLINE_MS to run (search-settings.ts).
const globalForSearch = globalThis as unknown as { answerableSearch?: { backend: SqliteQuestionSearch; names: NameResolver } };

/** The search backend and name lookups for the app's database. */
export function questionSearchDeps(): QuestionSearchDeps {
  if (!globalForSearch.answerableSearch) {
    const backend = new SqliteQuestionSearch(databasePath(), { deadlineMs: readSearchSettings().deadlineMs });
    globalForSearch.answerableSearch = { backend, names: sqliteNameResolver(backend.db) };
  }
  return { ...globalForSearch.answerableSearch };
}
