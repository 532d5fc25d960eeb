/**
 * `deploy`, `dev` and `status` for whichever database `DATABASE_URL` names: the offline equivalents of
 * `prisma migrate deploy|dev|status`. SQLite's go through Prisma's wasm schema engine
 * (sqlite-migrations.ts); PostgreSQL's apply the files themselves (postgres-migrations.ts). Both keep
 * Prisma's standard folder layout and `_prisma_migrations` rows.
 */
import { byDialect, type DatabaseTarget } from '../db/database-url';
import type { PrismaLayout } from './layout';
import type { MigrationStatus } from './migration-status';
import { deployPostgres, postgresStatus, type PostgresMigrationPaths } from './postgres/postgres-migrations';
import { createSqliteMigration, deploySqlite, sqliteStatus, type DevResult, type MigrationPaths } from './sqlite/sqlite-migrations';

export type { DevResult, MigrationPaths, MigrationStatus, PostgresMigrationPaths };

/** A database of either dialect and the schema and migrations folder it is migrated with. */
export type DatabaseMigrationPaths = MigrationPaths | PostgresMigrationPaths;

const isPostgres = (paths: DatabaseMigrationPaths): paths is PostgresMigrationPaths => 'postgresUrl' in paths;

/** The paths for `target`, with its dialect's schema and migrations folder from `layout`. */
export function migrationPaths(layout: PrismaLayout, target: DatabaseTarget): DatabaseMigrationPaths {
  return byDialect<DatabaseMigrationPaths>(target, { sqlite: ({ file }) => ({ dbPath: file, ...layout.sqlite }), postgresql: ({ url }) => ({ postgresUrl: url, ...layout.postgresql }) });
}

/** Applies every pending migration. Returns the names applied. */
export function deployMigrations(paths: DatabaseMigrationPaths): Promise<string[]> {
  return isPostgres(paths) ? deployPostgres(paths) : deploySqlite(paths);
}

/** What `prisma migrate status` reports: pending, edited-after-apply, failed and unknown migrations. */
export function migrationStatus(paths: DatabaseMigrationPaths): Promise<MigrationStatus> {
  return isPostgres(paths) ? postgresStatus(paths) : sqliteStatus(paths);
}

/**
 * SQLite alone: applies pending migrations, then writes (and, unless `createOnly`, applies) a SQLite
 * migration for whatever the schema has that the migrations do not. The CLI uses createMigrations
 * (create-migrations.ts), which writes PostgreSQL's migration beside it.
 */
export function createMigration(paths: MigrationPaths, name: string, options: { createOnly?: boolean } = {}): Promise<DevResult> {
  return createSqliteMigration(paths, name, options);
}
