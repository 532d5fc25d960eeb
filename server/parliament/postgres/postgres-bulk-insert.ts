/**
 * The sync's bulk inserts on PostgreSQL: rows are buffered per table and go in at flush as ONE statement per
 * table, all of them as one JSON parameter read by `jsonb_populate_recordset` with the table's own row type
 * (so each value is read by its column's type: enums, timestamps, booleans), through the batch's Prisma
 * transaction (`tx.$executeRawUnsafe`), so they commit with its progress or roll back with it. One parameter
 * per table instead of one per cell keeps Prisma's per-parameter handling out of the sync's CPU (what
 * server/parliament/sqlite/sqlite-bulk-insert.ts avoids on SQLite by going under Prisma).
 *
 * Ids come from each table's own sequence (nextval), as Prisma's creates take them, so a restored record's
 * id or a staff-created row never collides with the sync's. Dates go in as ISO UTC text: PostgreSQL reads
 * them into `timestamp(3)` ignoring the zone, which is how Prisma stores every DateTime (in UTC).
 *
 * PostgreSQL checks foreign keys per statement (Prisma's constraints are not deferrable), so flush writes
 * parents first; its search triggers on answer versions run once per statement, not per row, so inserting a
 * question before its answers costs one refresh of its document per batch, not one per version.
 */
import type { Prisma } from '@/generated/prisma/client';
import type { BulkWriter, Value } from '../bulk-writer';

type Tx = Prisma.TransactionClient;

export class PostgresBulkWriter implements BulkWriter {
  private rows = new Map<string, { columns: readonly string[]; rows: Record<string, Value>[] }>();

  constructor(private readonly tx: Tx) {}

  async reserveIds(table: string, count: number): Promise<number[]> {
    if (count === 0) return [];
    const rows = await this.tx.$queryRawUnsafe<{ id: number }[]>(
      `SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS "id" FROM generate_series(1, $2::int) ORDER BY 1`,
      `"${table}"`,
      count,
    );
    return rows.map((r) => Number(r.id));
  }

  deferForeignKeys(): void {}

  inserter(table: string, columns: readonly string[]): (values: Value[]) => void {
    let buffered = this.rows.get(table);
    if (!buffered) this.rows.set(table, (buffered = { columns, rows: [] }));
    else if (buffered.columns.join() !== columns.join()) throw new Error(`postgres-bulk-insert: ${table} given two column lists in one batch`);
    const rows = buffered.rows;
    return (values) => {
      const row: Record<string, Value> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i] ?? null;
      rows.push(row);
    };
  }

  async flush(parentsFirst: readonly string[]): Promise<void> {
    const order = [...parentsFirst, ...[...this.rows.keys()].filter((t) => !parentsFirst.includes(t))];
    for (const table of order) {
      const buffered = this.rows.get(table);
      if (!buffered?.rows.length) continue;
      const list = buffered.columns.map((c) => `"${c}"`).join(', ');
      await this.tx.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`, JSON.stringify(buffered.rows));
      buffered.rows.length = 0;
    }
  }
}
