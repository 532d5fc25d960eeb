/**
 * PostgreSQL's counterpart of lib/db/sqlite/sqlite-bulk-insert.ts: multi-row INSERTs with `$n`
 * placeholders. node-postgres sends dates (as UTC instants), booleans and enum labels as they are, and
 * the server reads each by its column's type, so no cell needs converting.
 *
 * Rows inserted with explicit ids do not move a SERIAL column's sequence, and the next row Prisma creates
 * would then collide with them: after such a load the sequence is set past the highest id.
 */
import type { Prisma } from '../../../generated/prisma/client';
import type { BulkLoader, Cell } from '../bulk-load';
import { optimizePostgresAfterLoad } from './postgres-fresh-database';

/** PostgreSQL's limit is 65,535 bound parameters per statement; stay under it. */
const MAX_PARAMETERS = 60_000;

async function insert(db: Prisma.TransactionClient, table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void> {
  if (!rows.length) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: Cell[] = [];
    const tuples = chunk.map((row) => `(${row.map((cell) => (params.push(cell), `$${params.length}`)).join(',')})`);
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(',')}`, ...params);
  }
  if (columns.includes('id')) await moveSequencePastIds(db, table);
}

/** Sets `table`'s id sequence (if it has one) past the highest id in the table. */
export async function moveSequencePastIds(db: Pick<Prisma.TransactionClient, '$queryRawUnsafe'>, table: string): Promise<void> {
  await db.$queryRawUnsafe(
    `SELECT setval(seq, GREATEST((SELECT COALESCE(MAX("id"), 0) FROM "${table}"), 1), (SELECT COUNT(*) > 0 FROM "${table}"))
     FROM (SELECT pg_get_serial_sequence($1, 'id') AS seq) s WHERE seq IS NOT NULL`,
    `"${table}"`,
  );
}

export const postgresBulkLoader: BulkLoader = {
  insert,
  // Each commit waits for the write-ahead log's flush, which PostgreSQL already groups across sessions;
  // the demo's few large transactions gain nothing worth the setting's scope here.
  withRelaxedDurability: (_db, load) => load(),
  optimize: optimizePostgresAfterLoad,
};
