/**
 * The sync's bulk inserts, straight on the better-sqlite3 connection that Prisma's interactive transaction
 * runs on (lib/db/sqlite/sqlite-connection.ts), with one statement per table prepared once per connection. Through
 * Prisma, every row's parameters went through its raw-query handling and each batch's multi-row INSERT was
 * compiled afresh (~30 µs a question, a tenth of the sync's CPU). On the same connection the rows are inside
 * the batch's transaction: they commit with its progress, or roll back with it, exactly as before.
 *
 * SQLite's forms: `?` placeholders, dates as Unix milliseconds (the format the Prisma client here is set
 * to), booleans as 0/1, so it lives in sqlite/.
 */
import type Database from 'better-sqlite3';
import type { PrismaClient } from '@/generated/prisma/client';
import { sqliteConnectionOf } from '@/lib/db/sqlite/sqlite-connection';
import type { BulkWriter, Value } from '../bulk-writer';

const stored = (v: Value): string | number | null => (v === undefined || v === null ? null : v instanceof Date ? v.getTime() : typeof v === 'boolean' ? (v ? 1 : 0) : v);

const writers = new WeakMap<Database.Database, SqliteBulkWriter>();

export class SqliteBulkWriter implements BulkWriter {
  private statements = new Map<string, Database.Statement>();

  private constructor(private readonly conn: Database.Database) {}

  /**
   * The writer on `db`'s connection. Call inside `db.$transaction(…)` only, after the write lock is taken
   * (server/writes/sqlite/sqlite-write-lock.ts): every method refuses to run outside a transaction.
   */
  static of(db: PrismaClient): SqliteBulkWriter {
    const conn = sqliteConnectionOf(db);
    let writer = writers.get(conn);
    if (!writer) writers.set(conn, (writer = new SqliteBulkWriter(conn)));
    return writer;
  }

  private statement(sql: string): Database.Statement {
    if (!this.conn.inTransaction) throw new Error('sqlite-bulk-insert: called outside the batch transaction');
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.conn.prepare(sql).safeIntegers(false)));
    return s;
  }

  /**
   * An inserter of rows into `table`: each call takes one row's `values` in the order of `columns`
   * (converted to SQLite's forms in place), and writes it at once.
   */
  inserter(table: string, columns: readonly string[]): (values: Value[]) => number {
    const s = this.statement(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    return (values) => {
      if (!this.conn.inTransaction) throw new Error('sqlite-bulk-insert: called outside the batch transaction');
      for (let i = 0; i < values.length; i++) values[i] = stored(values[i]);
      return Number(s.run(values).lastInsertRowid);
    };
  }

  /**
   * `count` free ids of `table` (an AUTOINCREMENT key), for rows inserted with explicit ids: above both the
   * highest id present and the highest ever used (sqlite_sequence), so a deleted record's id, which a restore
   * puts back, is never given to another. Call only while holding the write lock.
   */
  reserveIds(table: string, count: number): number[] {
    if (count === 0) return [];
    const sql = `SELECT max(coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = ?), 0), coalesce((SELECT max("id") FROM "${table}"), 0)) AS "top"`;
    const row = this.statement(sql).get(table) as { top: number | null } | undefined;
    const first = Number(row?.top ?? 0) + 1;
    return Array.from({ length: count }, (_, i) => first + i);
  }

  /**
   * Foreign keys checked at COMMIT instead of per statement, for this transaction only: the sync inserts a
   * new question's answer versions before the question itself, so the search index's insert trigger builds
   * each question's document once, with its answers, instead of once for the question and again per version.
   */
  deferForeignKeys(): void {
    this.statement('PRAGMA defer_foreign_keys = ON').run();
  }

  /** Every row went in as it was given. */
  flush(): void {}
}
