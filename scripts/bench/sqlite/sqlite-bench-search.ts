/**
 * bench:search on SQLite (bench-search-target.ts): the app's SqliteQuestionSearch and name lookups on
 * the benchmark file, the better-sqlite3 yardstick of sqlite-direct-search.ts with its own count worker, and
 * exports both on an export thread (as the app makes them) and in the process.
 */
import { existsSync } from 'node:fs';
import { exportStream } from '../../../server/search/question-export';
import { SqliteCountWorker } from '../../../server/search/sqlite/sqlite-count-worker';
import { SqliteExportThreads } from '../../../server/search/sqlite/sqlite-export-thread';
import { sqliteNameResolver } from '../../../server/search/sqlite/sqlite-names';
import { SqliteQuestionSearch } from '../../../server/search/sqlite/sqlite-search';
import type { BenchSearchTarget } from '../bench-search-target';
import { directSearch, type DirectQuery } from './sqlite-direct-search';

export function openSqliteBenchSearch(file: string): BenchSearchTarget {
  if (!existsSync(file)) throw new Error(`No benchmark database at ${file}: run npm run bench:data -- --questions 1000000 first.`);
  const backend = new SqliteQuestionSearch(file);
  const deps = { backend, names: sqliteNameResolver(backend.db) }; // as the app's search-deps.ts
  const directCounter = new SqliteCountWorker(file, { mmapBytes: 4 * 1024 ** 3 });
  const exportThreads = new SqliteExportThreads(file);
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  return {
    label: file,
    directName: 'better-sqlite3',
    deps,
    questions: async () => Number((backend.db.prepare('SELECT count(*) AS n FROM Question').get() as { n: number }).n),
    direct: (query) => {
      const directQuery: DirectQuery = typeof query.direct === 'function' ? query.direct(backend.db) : query.direct;
      return () => directSearch(backend.db, directQuery, directCounter);
    },
    exportPlaces: [
      { label: 'on an export thread at nice 19, as the app makes it', stream: (view, format, options) => exportThreads.stream(view, backend, format, options) },
      { label: 'in the process', stream: (view, format, options) => exportStream(view, backend, format, options) },
    ],
    cpuMs: cpu,
    settle: async () => undefined,
    close: async () => {
      await exportThreads.close();
      backend.close();
      directCounter.close();
    },
  };
}
