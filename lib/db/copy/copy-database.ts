/**
 * `npm run db:copy -- --from file:… --to postgres://…`: moves an existing SQLite database to PostgreSQL.
 *
 * The target must be migrated (`npm run db:deploy` on it) and empty. Every table is copied in dependency
 * order (a table after those it references), in batches, all in one transaction: either every row
 * arrives or none does, and a failed copy can simply be run again. SERIAL id sequences are then moved
 * past the copied ids. Before committing, each table's rows are read back from PostgreSQL and compared
 * with SQLite's by count and by an order-independent checksum over every value (row-checksum.ts); any
 * difference rolls the whole copy back.
 */
import pg from 'pg';
import { EXTERNAL_TABLES, POSTGRES_EXTERNAL_TABLES, POSTGRES_HAND_MADE } from '../external-tables';
import { postgresStatus } from '../../migrations/postgres/postgres-migrations';
import { projectLayout } from '../../migrations/layout';
import { readCatalog, type CatalogColumn, type CatalogTable } from './postgres/postgres-catalog';
import { TableChecksum, type CanonicalValue } from './row-checksum';
import { SqliteSource } from './sqlite/sqlite-source';

export interface CopyOptions {
  /** The SQLite file to read. */
  from: string;
  /** The PostgreSQL URL to write. */
  to: string;
  batchSize?: number;
  /** PostgreSQL's migrations folder, to check the target is up to date (the project's by default). */
  migrationsDir?: string;
  onTable?: (report: TableReport) => void;
}

export interface TableReport {
  table: string;
  rows: number;
  checksum: string;
}

/** How a canonical value is sent to PostgreSQL: dates as UTC ISO text, which a timestamp column reads as UTC. */
const toPostgres = (value: CanonicalValue, column: CatalogColumn) => (column.kind === 'timestamp' && typeof value === 'number' ? new Date(value).toISOString() : value);

/** How PostgreSQL's values are read back in canonical form (timestamps without time zone count as UTC). */
function readBack(column: CatalogColumn): string {
  const name = `"${column.name}"`;
  if (column.kind === 'timestamp') return `(extract(epoch FROM ${name}) * 1000)::float8`;
  if (column.kind === 'number') return `${name}::float8`;
  if (column.kind === 'text') return `${name}::text`;
  return name;
}

function checkSameTables(source: SqliteSource, tables: CatalogTable[]): void {
  const sourceTables = source.tables(EXTERNAL_TABLES);
  const target = new Set(tables.map((t) => t.name));
  const missing = tables.filter((t) => !sourceTables.includes(t.name)).map((t) => t.name);
  const extra = sourceTables.filter((name) => !target.has(name));
  const columns = tables.flatMap((t) => {
    if (missing.includes(t.name)) return [];
    const have = source.columns(t.name).sort().join(',');
    return have === t.columns.map((c) => c.name).sort().join(',') ? [] : [t.name];
  });
  if (missing.length || extra.length || columns.length) {
    const parts = [
      missing.length && `missing from SQLite: ${missing.join(', ')}`,
      extra.length && `missing from PostgreSQL: ${extra.join(', ')}`,
      columns.length && `with other columns: ${columns.join(', ')}`,
    ].filter(Boolean);
    throw new Error(`The two databases are not at the same migration (tables ${parts.join('; ')}). Run npm run db:deploy on both, then copy again.`);
  }
}

async function checkEmpty(client: pg.Client, tables: CatalogTable[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table.name}") AS any`);
    if (rows[0]?.any) filled.push(table.name);
  }
  if (filled.length) throw new Error(`The PostgreSQL database already holds rows (${filled.join(', ')}): copy into a freshly migrated, empty database.`);
}

async function copyTable(client: pg.Client, source: SqliteSource, table: CatalogTable, batchSize: number): Promise<TableChecksum> {
  const checksum = new TableChecksum();
  const casts = table.columns.map((c, i) => `$${i + 1}::${c.sqlType}[]`).join(', ');
  const insert = `INSERT INTO "${table.name}" (${table.columns.map((c) => `"${c.name}"`).join(', ')}) SELECT * FROM unnest(${casts})`;
  for (const batch of source.batches(table.name, table.columns, batchSize)) {
    const arrays = table.columns.map((column, i) => batch.map((row) => toPostgres(row[i]!, column)));
    await client.query(insert, arrays);
    for (const row of batch) checksum.add(row);
  }
  if (table.serialColumn) {
    const column = `"${table.serialColumn}"`;
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT COALESCE(MAX(${column}), 0) FROM "${table.name}"), 1), (SELECT COUNT(*) > 0 FROM "${table.name}"))`,
      [`"${table.name}"`, table.serialColumn],
    );
  }
  return checksum;
}

async function checksumInPostgres(client: pg.Client, table: CatalogTable, batchSize: number): Promise<TableChecksum> {
  const checksum = new TableChecksum();
  await client.query(`DECLARE copy_check NO SCROLL CURSOR FOR SELECT ${table.columns.map(readBack).join(', ')} FROM "${table.name}"`);
  for (;;) {
    const { rows } = await client.query<CanonicalValue[]>({ text: `FETCH FORWARD ${batchSize} FROM copy_check`, rowMode: 'array' });
    for (const row of rows) checksum.add(row);
    if (rows.length < batchSize) break;
  }
  await client.query('CLOSE copy_check');
  return checksum;
}

/** Copies every row from the SQLite file to the PostgreSQL database. Returns each table's row count and checksum. */
export async function copySqliteToPostgres(options: CopyOptions): Promise<TableReport[]> {
  const batchSize = options.batchSize ?? 2_000;
  const migrationsDir = options.migrationsDir ?? projectLayout().postgresql.migrationsDir;
  const status = await postgresStatus({ postgresUrl: options.to, schemaPath: '', migrationsDir });
  if (!status.upToDate) throw new Error('The PostgreSQL database is not migrated to the current schema: run npm run db:deploy with DATABASE_URL set to it first.');
  const source = new SqliteSource(options.from);
  const client = new pg.Client({ connectionString: options.to });
  try {
    await client.connect();
    const tables = await readCatalog(client, POSTGRES_EXTERNAL_TABLES, POSTGRES_HAND_MADE.columns);
    checkSameTables(source, tables);
    await checkEmpty(client, tables);
    await client.query('BEGIN');
    try {
      const reports: TableReport[] = [];
      for (const table of tables) {
        const copied = await copyTable(client, source, table, batchSize);
        const arrived = await checksumInPostgres(client, table, batchSize);
        if (arrived.rows !== copied.rows || arrived.hex !== copied.hex) {
          throw new Error(`"${table.name}" did not arrive whole (${copied.rows} rows read, ${arrived.rows} written; checksums ${copied.hex} and ${arrived.hex}): nothing was copied.`);
        }
        const report = { table: table.name, rows: copied.rows, checksum: copied.hex };
        options.onTable?.(report);
        reports.push(report);
      }
      await client.query('COMMIT');
      return reports;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    source.close();
    await client.end();
  }
}
