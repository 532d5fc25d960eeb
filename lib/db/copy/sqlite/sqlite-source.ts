/**
 * The SQLite side of db:copy: lists the tables, and reads each table's rows with every value in the
 * canonical form both databases are compared in (row-checksum.ts). Dates are stored as Unix milliseconds
 * by the app's adapter; rows written by hand with SQLite's date text ('2026-11-29 07:30:00', read as UTC,
 * or ISO 8601) are read too. Booleans are stored as 0/1.
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { openSqlite } from '../../sqlite/sqlite-pragmas';
import type { CatalogColumn } from '../postgres/postgres-catalog';
import type { CanonicalValue } from '../row-checksum';

const SQLITE_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/;

function timestamp(value: unknown): number | null {
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    const match = SQLITE_DATE.exec(value.trim());
    if (match) {
      const ms = Date.parse(`${match[1]}T${match[2] ?? '00:00:00'}${match[3] ?? 'Z'}`);
      if (!Number.isNaN(ms)) return ms;
    }
  }
  return null;
}

/** `value`, read from SQLite for `column`, in canonical form; `where` names the cell in the error. */
export function canonicalSqliteValue(value: unknown, column: CatalogColumn, where: string): CanonicalValue {
  if (value === null || value === undefined) return null;
  const fail = (): never => {
    throw new Error(`${where} holds ${JSON.stringify(String(value))}, which is not a valid ${column.kind} for PostgreSQL's ${column.sqlType}.`);
  };
  switch (column.kind) {
    case 'timestamp':
      return timestamp(value) ?? fail();
    case 'boolean':
      if (value === 1 || value === 0 || value === 1n || value === 0n) return Number(value) === 1;
      return typeof value === 'boolean' ? value : fail();
    case 'number':
      return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : fail();
    default:
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fail();
  }
}

export class SqliteSource {
  readonly db: Database.Database;

  constructor(readonly file: string) {
    if (!existsSync(file)) throw new Error(`There is no SQLite database at ${file}.`);
    this.db = openSqlite(file, { readonly: true, fileMustExist: true });
  }

  /** The app's tables: SQLite's own, Prisma's bookkeeping and `skip` (hand-made search tables) aside. */
  tables(skip: readonly string[]): string[] {
    const names = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return names.filter((name) => name !== '_prisma_migrations' && !skip.includes(name));
  }

  columns(table: string): string[] {
    return (this.db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  }

  /** The rows of `table`, `size` at a time, each as its `columns`' canonical values. */
  *batches(table: string, columns: readonly CatalogColumn[], size: number): Generator<CanonicalValue[][]> {
    const select = this.db.prepare(`SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM "${table}"`).raw(true);
    let batch: CanonicalValue[][] = [];
    let index = 0;
    for (const row of select.iterate() as Iterable<unknown[]>) {
      index += 1;
      batch.push(columns.map((column, i) => canonicalSqliteValue(row[i], column, `Row ${index} of "${table}", column "${column.name}",`)));
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  close(): void {
    this.db.close();
  }
}
