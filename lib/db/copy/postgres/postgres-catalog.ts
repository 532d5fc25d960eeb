/**
 * What db:copy needs to know about the target PostgreSQL database, read from its own catalog rather than
 * from Prisma's model, so the copy follows whatever the migrations built: each table's columns with
 * their types, its primary key, the tables it references (to copy in dependency order) and its id
 * sequence.
 */
import type pg from 'pg';

/** How a column's values are read from SQLite and compared: by the PostgreSQL type they land in. */
export type ValueKind = 'timestamp' | 'boolean' | 'number' | 'text';

export interface CatalogColumn {
  name: string;
  /** The type as SQL spells it (`timestamp(3) without time zone`, `"House"`, `integer`). */
  sqlType: string;
  kind: ValueKind;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  /** The SERIAL column whose sequence must be moved past the copied ids, if any. */
  serialColumn: string | null;
  references: string[];
}

function kindOf(dataType: string): ValueKind {
  if (dataType.startsWith('timestamp') || dataType === 'date') return 'timestamp';
  if (dataType === 'boolean') return 'boolean';
  if (['integer', 'bigint', 'smallint', 'double precision', 'real', 'numeric'].includes(dataType)) return 'number';
  return 'text'; // text, character varying, enums (USER-DEFINED)
}

/**
 * The app's tables in an order where every table comes after the tables it references. `skip` names
 * hand-made tables, `skipColumns` ("Table.column") hand-made columns such as a search `tsvector` its
 * triggers fill; generated columns are left out too, as PostgreSQL computes them.
 */
export async function readCatalog(client: pg.Client, skip: readonly string[], skipColumns: readonly string[] = []): Promise<CatalogTable[]> {
  const columns = await client.query<{ table_name: string; column_name: string; sql_type: string; data_type: string; serial: boolean }>(
    `SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS sql_type,
            col.data_type, pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL AS serial
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN information_schema.columns col ON col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = a.attname
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const references = await client.query<{ table_name: string; referenced: string }>(
    `SELECT c.relname AS table_name, r.relname AS referenced
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
      WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace`,
  );
  const tables = new Map<string, CatalogTable>();
  for (const row of columns.rows) {
    if (row.table_name === '_prisma_migrations' || skip.includes(row.table_name) || skipColumns.includes(`${row.table_name}.${row.column_name}`)) continue;
    const table = tables.get(row.table_name) ?? { name: row.table_name, columns: [], serialColumn: null, references: [] };
    table.columns.push({ name: row.column_name, sqlType: row.sql_type, kind: kindOf(row.data_type) });
    if (row.serial) table.serialColumn = row.column_name;
    tables.set(row.table_name, table);
  }
  for (const row of references.rows) {
    const table = tables.get(row.table_name);
    if (table && row.referenced !== row.table_name && !table.references.includes(row.referenced)) table.references.push(row.referenced);
  }
  return dependencyOrder([...tables.values()]);
}

function dependencyOrder(tables: CatalogTable[]): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: CatalogTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: CatalogTable) => {
    if (state.get(table.name) === 'done') return;
    if (state.get(table.name) === 'visiting') throw new Error(`The tables' foreign keys form a cycle through "${table.name}": db:copy cannot order them.`);
    state.set(table.name, 'visiting');
    for (const name of table.references) {
      const referenced = byName.get(name);
      if (referenced) visit(referenced);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table);
  return ordered;
}
