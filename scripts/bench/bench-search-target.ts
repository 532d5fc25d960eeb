/**
 * What `npm run bench:search` needs of the database it measures, one module per dialect
 * (sqlite-bench-search.ts, postgres-bench-search.ts), chosen once from `--database-url` as the app's
 * server/search/search-deps.ts chooses: the app's search backend and name lookups, the hand-written
 * yardstick for each fixed query, the places an export can be made, and the CPU time the work costs.
 */
import type { DatabaseTarget } from '../../lib/db/database-url';
import type { ExportFormat, ExportOptions } from '../../server/search/export-chunks';
import type { PreparedView, QuestionSearchDeps } from '../../server/search/question-search';
import { openPostgresBenchSearch } from './postgres/postgres-bench-search';
import type { BenchQuery } from './queries';
import { openSqliteBenchSearch } from './sqlite/sqlite-bench-search';

export interface ExportPlace {
  /** Where the export runs, as the output says it. */
  label: string;
  stream(view: PreparedView, format: ExportFormat, options: ExportOptions): ReadableStream<Uint8Array>;
}

export interface BenchSearchTarget {
  /** The database, as the output names it. */
  label: string;
  /** What the yardstick is written with ("better-sqlite3", "node-postgres"). */
  directName: string;
  deps: QuestionSearchDeps;
  questions(): Promise<number>;
  /** The hand-written search for `query`: a function timed turn about with the app's. */
  direct(query: BenchQuery): () => Promise<{ total: number }>;
  exportPlaces: ExportPlace[];
  /**
   * CPU milliseconds used so far by this process and (PostgreSQL) the server processes serving its
   * connections: on a shared machine a steadier measure than wall time.
   */
  cpuMs(): number;
  /** Called once the connections are open (after warming), so cpuMs can find the server's processes. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** `countCache` false turns PostgreSQL's count cache off (SQLite has none). */
export function openBenchSearch(target: DatabaseTarget, countCache = true): BenchSearchTarget {
  return target.dialect === 'postgresql' ? openPostgresBenchSearch(target.url, countCache) : openSqliteBenchSearch(target.file);
}
