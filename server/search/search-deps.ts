import 'server-only';
import { byDialect, databaseTarget } from '@/lib/db/database-url';
import { readSearchSettings } from '@/lib/search/search-settings';
import { PostgresQuestionSearch } from './postgres/postgres-search';
import { postgresNameResolver } from './postgres/postgres-names';
import type { QuestionSearchDeps } from './question-search';
import type { NameResolver } from './resolve-filters';
import { SqliteExportThreads } from './sqlite/sqlite-export-thread';
import { SqliteQuestionSearch } from './sqlite/sqlite-search';
import { ThreadedSqliteSearch } from './sqlite/sqlite-search-thread';
import { sqliteNameResolver } from './sqlite/sqlite-names';
import type { QuestionSearchBackend } from './types';

// One search backend per process, chosen once from DATABASE_URL's dialect (kept on globalThis so dev
// reloads reuse it): on SQLite a read-only connection, on PostgreSQL a pool; filter names are looked up
// on it too. Each search has SEARCH_DEADLINE_MS to run (search-settings.ts).
// SQLite's page searches and exports run on threads with a connection of its own (sqlite-export-thread.ts); a backend
// without export threads (null: PostgreSQL, whose driver waits without holding the event loop) makes
// them in the request's process.
interface Search {
  backend: QuestionSearchBackend;
  names: NameResolver;
  exportThreads: SqliteExportThreads | null;
}
const globalForSearch = globalThis as unknown as { answerableSearch?: Search };

function createSearch(): Search {
  const options = { deadlineMs: readSearchSettings().deadlineMs };
  return byDialect<Search>(databaseTarget(), {
    sqlite: ({ file }) => {
      const local = new SqliteQuestionSearch(file, options);
      // A page's search runs on a thread of its own (sqlite-search-thread.ts), so a costly one does not
      // hold up the readers this process serves; names, counts and the rest stay on this thread.
      const backend = new ThreadedSqliteSearch(local, { file, root: process.cwd(), deadlineMs: options.deadlineMs });
      return { backend, names: sqliteNameResolver(local.db), exportThreads: new SqliteExportThreads(file) };
    },
    postgresql: ({ url }) => {
      const backend = new PostgresQuestionSearch(url, options);
      return { backend, names: postgresNameResolver(backend.pool), exportThreads: null };
    },
  });
}

/** The search backend and name lookups for the app's database. */
export function questionSearchDeps(): QuestionSearchDeps {
  globalForSearch.answerableSearch ??= createSearch();
  const { backend, names } = globalForSearch.answerableSearch;
  return { backend, names };
}

/** Where exports are made off the request's thread, if this backend has such a place. */
export function questionExportThreads(): SqliteExportThreads | null {
  globalForSearch.answerableSearch ??= createSearch();
  return globalForSearch.answerableSearch.exportThreads;
}
