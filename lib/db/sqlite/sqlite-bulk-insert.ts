/**
 * Multi-row INSERTs for loading demo data fast (a million questions): Prisma's createMany costs about
 * seven times as much per row here. SQLite-specific on purpose and kept to this one module: values are
 * written the way Prisma's better-sqlite3 adapter stores them (DateTime as Unix milliseconds, Boolean
 * as 0/1, enums as text). Its PostgreSQL sibling is lib/db/postgres/postgres-bulk-insert.ts; lib/db/dialect.ts
 * picks one.
 */
import type { Prisma } from '../../../generated/prisma/client';
import type { BulkLoader, Cell, RawRunner } from '../bulk-load';

/** SQLite allows 32,766 bound parameters per statement; stay under it. */
const MAX_PARAMETERS = 30_000;

const toSqlite = (value: Cell): string | number | null => (value instanceof Date ? value.getTime() : typeof value === 'boolean' ? (value ? 1 : 0) : value);

/** Inserts `rows` (each in `columns` order) into `table`, in as few statements as the parameter limit allows. */
export async function bulkInsert(db: Prisma.TransactionClient, table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void> {
  if (!rows.length) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  const tuple = `(${columns.map(() => '?').join(',')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: (string | number | null)[] = [];
    for (const row of chunk) for (const cell of row) params.push(toSqlite(cell));
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columnList}) VALUES ${Array(chunk.length).fill(tuple).join(',')}`, ...params);
  }
}

/**
 * Runs a bulk load with `synchronous = OFF` on this connection (no fsync per commit), then restores the
 * previous setting. Only for regenerable data such as the demo: an OS crash mid-load can lose it.
 */
export async function withRelaxedDurability<T>(db: { $queryRawUnsafe: Prisma.TransactionClient['$queryRawUnsafe']; $executeRawUnsafe: Prisma.TransactionClient['$executeRawUnsafe'] }, load: () => Promise<T>): Promise<T> {
  const [row] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>('PRAGMA synchronous');
  const previous = Number(row?.synchronous ?? 2);
  await db.$executeRawUnsafe('PRAGMA synchronous = OFF');
  try {
    return await load();
  } finally {
    await db.$executeRawUnsafe(`PRAGMA synchronous = ${previous}`);
  }
}

/**
 * Merges the search index into one b-tree and drops deleted entries (FTS5 'optimize'), then refreshes
 * the planner's statistics. Day to day, FTS5's automerge keeps the index in shape.
 */
async function optimize(db: RawRunner): Promise<void> {
  await db.$executeRawUnsafe("INSERT INTO question_search (question_search) VALUES ('optimize')");
  await db.$executeRawUnsafe('ANALYZE');
}

export const sqliteBulkLoader: BulkLoader = { insert: bulkInsert, withRelaxedDurability, optimize };
