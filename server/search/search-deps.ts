import 'server-only';
import { databasePath } from '@/lib/db/database-path';
import { readSearchSettings } from '@/lib/search/search-settings';
import type { QuestionSearchDeps } from './question-search';
import type { NameResolver } from './resolve-filters';
import { SqliteExportThreads } from './sqlite-export-thread';
import { SqliteQuestionSearch } from './sqlite-search';
import { sqliteNameResolver } from './sqlite-names';

// One read-only search connection per process (kept on globalThis so dev reloads reuse it); filter
// names are looked up on it too (sqlite-names.ts). Each search has SEARCH_DEADLINE_MS to run (search-settings.ts).
// Exports run on a thread with a connection of its own (sqlite-export-thread.ts); a backend without
// export threads (null) makes them in the request's process.
const globalForSearch = globalThis as unknown as {
  answerableSearch?: { backend: SqliteQuestionSearch; names: NameResolver; exportThreads: SqliteExportThreads | null };
};

/** The search backend and name lookups for the app's database. */
export function questionSearchDeps(): QuestionSearchDeps {
  if (!globalForSearch.answerableSearch) {
    const file = databasePath();
    const backend = new SqliteQuestionSearch(file, { deadlineMs: readSearchSettings().deadlineMs });
    globalForSearch.answerableSearch = { backend, names: sqliteNameResolver(backend.db), exportThreads: new SqliteExportThreads(file) };
  }
  const { backend, names } = globalForSearch.answerableSearch;
  return { backend, names };
}

/** Where exports are made off the request's thread, if this backend has such a place. */
export function questionExportThreads(): SqliteExportThreads | null {
  questionSearchDeps();
  return globalForSearch.answerableSearch!.exportThreads;
}
