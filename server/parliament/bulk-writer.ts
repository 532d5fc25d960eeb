/**
 * What the sync's bulk inserts of new questions (server/parliament/create-questions.ts) ask of a database,
 * inside the batch's transaction, after the write lock is taken. Each dialect has its own writer
 * (sqlite-bulk-insert.ts, postgres-bulk-insert.ts), chosen by server/parliament/sync-dialect.ts.
 */
export type Value = string | number | boolean | Date | null | undefined;

export interface BulkWriter {
  /**
   * `count` ids for new rows of `table` (inserted with these explicit ids), never given to another row, nor
   * ones a deleted record may be restored with. Call only while holding the write lock.
   */
  reserveIds(table: string, count: number): number[] | Promise<number[]>;
  /**
   * Lets children go in before their parents, checked at commit (SQLite: the search index's insert trigger
   * then builds each question's document once, with its answers). A no-op where the writer orders the
   * inserts itself (PostgreSQL: see flush).
   */
  deferForeignKeys(): void;
  /** An inserter of rows into `table`: each call takes one row's `values` in the order of `columns`. */
  inserter(table: string, columns: readonly string[]): (values: Value[]) => void;
  /**
   * Writes whatever is still buffered, tables in `parentsFirst` order (SQLite's writer writes each row as
   * it is given, PostgreSQL's one statement per table here). Call before reading the rows back.
   */
  flush(parentsFirst: readonly string[]): void | Promise<void>;
}
