import 'server-only';
import { databaseTarget } from '@/lib/db/database-url';
import { readSearchSettings } from '@/lib/search/search-settings';
import { PostgresQuestionSearch } from './postgres-search';
import { postgresNameResolver } from './postgres-names';
import type { QuestionSearchDeps } from './question-search';
import type { NameResolver } from './resolve-filters';
import { SqliteQuestionSearch } from './sqlite-search';
import { sqliteNameResolver } from './sqlite-names';
import type { QuestionSearchBackend } from './types';

// One search backend per process, chosen once from DATABASE_URL's dialect (kept on globalThis so dev
// reloads reuse it): on SQLite a read-only connection, on PostgreSQL a pool; filter names are looked up
// on it too. Each search has SEARCH_DEADLINE_MS to run (search-settings.ts).
const globalForSearch = globalThis as unknown as { answerableSearch?: { backend: QuestionSearchBackend; names: NameResolver } };

function createSearch(): { backend: QuestionSearchBackend; names: NameResolver } {
  const target = databaseTarget();
  const options = { deadlineMs: readSearchSettings().deadlineMs };
  if (target.dialect === 'postgresql') {
    const backend = new PostgresQuestionSearch(target.url, options);
    return { backend, names: postgresNameResolver(backend.pool) };
  }
  const backend = new SqliteQuestionSearch(target.file, options);
  return { backend, names: sqliteNameResolver(backend.db) };
}

/** The search backend and name lookups for the app's database. */
export function questionSearchDeps(): QuestionSearchDeps {
  globalForSearch.answerableSearch ??= createSearch();
  return { ...globalForSearch.answerableSearch };
}
