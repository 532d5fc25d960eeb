/**
 * What `npm run bench:write` needs of the database it writes to, one module per dialect
 * (sqlite-bench-write.ts, postgres-bench-write.ts), chosen once from `--database-url`: awaiting
 * questions to answer, and the fastest hand-written formulation of the app's save, as the yardstick.
 */
import type { DatabaseTarget } from '../../lib/db/database-url';
import { openPostgresBenchWrite } from './postgres/postgres-bench-write';
import { openSqliteBenchWrite } from './sqlite/sqlite-bench-write';
import type { Target } from './write-common';

export interface BenchWriteTarget {
  /** What the direct save is written with ("better-sqlite3", "node-postgres"). */
  directName: string;
  /** Awaiting questions to answer, each with a member of its department to answer it (any member if none). */
  pickTargets(count: number): Promise<Target[]>;
  /**
   * The save by hand, statements prepared once, in one transaction under the write lock: sanitise as the
   * app does, insert the version, update the status columns, one history row.
   */
  directSave(target: Target): Promise<void>;
  close(): Promise<void>;
}

export function openBenchWrite(target: DatabaseTarget): BenchWriteTarget {
  return target.dialect === 'postgresql' ? openPostgresBenchWrite(target.url) : openSqliteBenchWrite(target.file);
}
