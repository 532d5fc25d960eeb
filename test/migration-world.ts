import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import type { DatabaseTarget, DialectName } from '@/lib/db/database-url';
import { migrationPaths, type DatabaseMigrationPaths } from '@/lib/migrations/commands';
import type { PrismaLayout } from '@/lib/migrations/layout';
import pg from 'pg';
import { createEmptyPostgres } from './postgres-db';
import { copyPrismaFolder } from './prisma-copy';

export interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
}

/**
 * A copy of the project's prisma/ folder and an empty database of one dialect, for the migration tests
 * that run the same on SQLite and PostgreSQL, with the two looks at the database they need.
 */
export interface MigrationWorld {
  dialect: DialectName;
  layout: PrismaLayout;
  target: DatabaseTarget;
  paths: DatabaseMigrationPaths;
  tables(): Promise<string[]>;
  history(): Promise<HistoryRow[]>;
  remove(): Promise<void>;
}

const HISTORY = 'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name';

export async function createMigrationWorld(dialect: DialectName): Promise<MigrationWorld> {
  const copy = copyPrismaFolder(`answerable-migrations-${dialect}-`);
  if (dialect === 'sqlite') {
    const target: DatabaseTarget = { dialect, file: copy.paths.dbPath, url: `file:${copy.paths.dbPath}` };
    // Closed after each look: in WAL mode an open connection keeps the migration engine (exclusive locking) out.
    const look = <T>(run: (db: ReturnType<typeof openSqlite>) => T): T => {
      const db = openSqlite(copy.paths.dbPath, { readonly: true });
      try {
        return run(db);
      } finally {
        db.close();
      }
    };
    return {
      dialect,
      layout: copy.layout,
      target,
      paths: migrationPaths(copy.layout, target),
      tables: async () => look((db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]),
      history: async () => look((db) => db.prepare(HISTORY).all() as HistoryRow[]),
      remove: async () => copy.remove(),
    };
  }
  const db = await createEmptyPostgres('answerable_pg_migrations');
  const target: DatabaseTarget = { dialect, url: db.url };
  const query = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    dialect,
    layout: copy.layout,
    target,
    paths: migrationPaths(copy.layout, target),
    tables: async () => (await query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).map((r) => r.name),
    history: () => query<HistoryRow>(HISTORY),
    remove: async () => {
      copy.remove();
      await db.drop();
    },
  };
}
