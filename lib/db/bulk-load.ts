import type { Prisma } from '../../generated/prisma/client';

export type Cell = string | number | boolean | Date | null;

export type RawRunner = { $queryRawUnsafe: Prisma.TransactionClient['$queryRawUnsafe']; $executeRawUnsafe: Prisma.TransactionClient['$executeRawUnsafe'] };

/**
 * Fast multi-row inserts for bulk loads (the demo data, up to a million questions), where Prisma's
 * createMany costs several times as much per row. Each dialect writes its own placeholders and stored
 * forms (lib/db/sqlite/sqlite-bulk-insert.ts, lib/db/postgres/postgres-bulk-insert.ts).
 */
export interface BulkLoader {
  /** Inserts `rows` (each in `columns` order) into `table`. Rows may carry explicit ids. */
  insert(db: Prisma.TransactionClient, table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void>;
  /** Runs a load of regenerable data with commits that need not reach the disk one by one. */
  withRelaxedDurability<T>(db: RawRunner, load: () => Promise<T>): Promise<T>;
  /**
   * After a bulk load (not inside a transaction): puts the indexes in shape and refreshes the planner's
   * statistics, as a long-running database's own maintenance would have.
   */
  optimize(db: RawRunner): Promise<void>;
}
