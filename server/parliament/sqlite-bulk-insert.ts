/**
 * Multi-row INSERTs for the sync's batches. Prisma's createMany(AndReturn) spends ~0.3 ms of JavaScript per
 * row here (measured: 3,000 questions with their versions and history took 3.6 s), which made the client,
 * not SQLite, the bottleneck; one INSERT … VALUES (…), (…) … RETURNING statement per few hundred rows through
 * the same transaction is ~10x faster. The SQL is standard (PostgreSQL has multi-row VALUES and RETURNING
 * too) but the placeholders (`?`) and the stored forms (dates as Unix milliseconds, the format the Prisma
 * client here is set to; booleans as 0/1) are SQLite's, so it lives in a sqlite-* module.
 */
import type { Prisma } from '@/generated/prisma/client';

type Tx = Prisma.TransactionClient;
type Value = string | number | boolean | Date | null | undefined;

/** SQLite's default limit on parameters per statement is 32,766; stay well below it. */
const MAX_PARAMS = 30_000;

const stored = (v: Value): string | number | null => (v === undefined || v === null ? null : v instanceof Date ? v.getTime() : typeof v === 'boolean' ? (v ? 1 : 0) : v);

/**
 * Inserts `rows` (objects with exactly `columns`) into `table`; with `returning`, gives back those columns of
 * every inserted row, in insertion order.
 */
export async function bulkInsert<R = never>(tx: Tx, table: string, columns: readonly string[], rows: readonly Record<string, Value>[], returning?: readonly string[]): Promise<R[]> {
  const out: R[] = [];
  if (!rows.length) return out;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: (string | number | null)[] = [];
    for (const row of chunk) for (const c of columns) params.push(stored(row[c]));
    const sql = head + chunk.map(() => tuple).join(', ');
    if (returning) out.push(...(await tx.$queryRawUnsafe<R[]>(`${sql} RETURNING ${returning.map((c) => `"${c}"`).join(', ')}`, ...params)));
    else await tx.$executeRawUnsafe(sql, ...params);
  }
  return out;
}

/**
 * The first free id of `table` (an AUTOINCREMENT key), for rows inserted with explicit ids: above both the
 * highest id present and the highest ever used (sqlite_sequence), so a deleted record's id, which a restore
 * puts back, is never given to another. Call only while holding the write lock.
 */
export async function reserveIds(tx: Tx, table: string): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<{ top: number | bigint | null }[]>(
    `SELECT max(coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = ?), 0), coalesce((SELECT max("id") FROM "${table}"), 0)) AS "top"`,
    table,
  );
  return Number(row?.top ?? 0) + 1;
}

/**
 * Foreign keys checked at COMMIT instead of per statement, for this transaction only: the sync inserts a new
 * question's answer versions before the question itself, so the search index's insert trigger builds each
 * question's document once, with its answers, instead of once for the question and again for every version.
 */
export async function deferForeignKeys(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('PRAGMA defer_foreign_keys = ON');
}
