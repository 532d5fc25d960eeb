import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite-pragmas';

/**
 * Tells whether the database has changed, cheaply enough to ask on every request: SQLite's
 * `PRAGMA data_version` on a connection of its own that never writes. The value changes whenever any
 * other connection (this process's Prisma client, another server process, a script) commits, and
 * only then, in WAL mode as in rollback-journal mode. SQLite-specific, so it lives here alone; PostgreSQL would need another signal.
 */
export class SqliteDataVersion {
  private readonly db: Database.Database;
  private readonly statement: Database.Statement<[], number>;

  constructor(file: string) {
    this.db = openSqlite(file, { readonly: true, fileMustExist: true });
    this.statement = this.db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /** An opaque value that differs after any commit by another connection. */
  current(): number {
    return this.statement.get() as number;
  }

  close(): void {
    this.db.close();
  }
}
