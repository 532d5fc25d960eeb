/**
 * `npm run db:migrate -- --name <x>`: one model change becomes a migration in each dialect's folder, under
 * the same name, so the two never drift apart.
 *
 * - SQLite's is written by Prisma's wasm engine from the migrations replayed on a shadow database, as
 *   `prisma migrate dev` does, on the SQLite file `DATABASE_URL` names, or on a scratch copy when the
 *   database is PostgreSQL.
 * - PostgreSQL's is the schema-to-schema diff between the checked-in prisma/postgresql/schema.prisma (the
 *   state PostgreSQL's migrations reach) and the one rendered from the edited prisma/schema.prisma, which
 *   is then written in its place. No PostgreSQL is needed to write it (postgres-schema-diff.ts).
 *
 * With `createOnly` both are drafts to edit before applying: the place for SQL only one database
 * understands (SQLite's FTS5 tables and triggers, PostgreSQL's tsvector and GIN index). Then the migration
 * is applied to the database `target` names (unless `createOnly`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byDialect, type DatabaseTarget } from '../db/database-url';
import { POSTGRES_EXTERNAL_TABLES } from '../db/external-tables';
import { renderPostgresSchema } from '../db/postgres/postgres-schema';
import type { PrismaLayout } from './layout';
import { writeMigration } from './migrations-folder';
import { deployPostgres } from './postgres/postgres-migrations';
import { diffPostgresSchemas } from './postgres/postgres-schema-diff';
import { createSqliteMigration, type DevResult } from './sqlite/sqlite-migrations';

export interface CreateMigrationsResult {
  /** Migrations applied to the target database (pending ones and the new one). */
  applied: string[];
  created: { sqlite: string | null; postgresql: string | null };
  warnings: string[];
}

const EMPTY_MIGRATION = '-- This is an empty migration.\n';

/** Prisma's migration folder name: UTC timestamp, underscore, name. */
const folderName = (name: string, at = new Date()) => `${at.toISOString().replace(/\D/g, '').slice(0, 14)}_${name}`;

async function createSqliteSide(layout: PrismaLayout, target: DatabaseTarget, name: string, createOnly: boolean): Promise<DevResult> {
  // On SQLite the target itself; for PostgreSQL's sake a scratch file, as the SQLite side only makes the migration.
  const own = byDialect(target, { sqlite: ({ file }) => file, postgresql: () => null });
  if (own !== null) return createSqliteMigration({ dbPath: own, ...layout.sqlite }, name, { createOnly });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-sqlite-scratch-'));
  try {
    return await createSqliteMigration({ dbPath: path.join(dir, 'scratch.db'), ...layout.sqlite }, name, { createOnly });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes PostgreSQL's migration (named `sqliteName` when SQLite got one) and the rendered schema. Returns the folder name, or null. */
async function createPostgresSide(layout: PrismaLayout, name: string, sqliteName: string | null, createOnly: boolean): Promise<string | null> {
  const { schemaPath, migrationsDir } = layout.postgresql;
  const previous = readFileSync(schemaPath, 'utf8');
  const next = renderPostgresSchema(readFileSync(layout.sqlite.schemaPath, 'utf8'));
  const script = await diffPostgresSchemas(schemaPath, previous, next, POSTGRES_EXTERNAL_TABLES);
  let created: string | null = null;
  if (script || (createOnly && sqliteName)) {
    created = sqliteName ?? folderName(name);
    writeMigration(migrationsDir, created, script || EMPTY_MIGRATION, 'sql', 'postgresql');
  }
  if (next !== previous) writeFileSync(schemaPath, next);
  return created;
}

/** Writes the migrations for a model change in both dialects' folders and applies the target's. */
export async function createMigrations(
  layout: PrismaLayout,
  target: DatabaseTarget,
  name: string,
  options: { createOnly?: boolean } = {},
): Promise<CreateMigrationsResult> {
  const createOnly = Boolean(options.createOnly);
  const postgres = byDialect(target, { sqlite: () => null, postgresql: ({ url }) => ({ postgresUrl: url, ...layout.postgresql }) });
  // As `migrate dev` does: bring the database up to date first, so a refusal below leaves it usable.
  const applied = postgres ? await deployPostgres(postgres) : [];
  const sqlite = await createSqliteSide(layout, target, name, createOnly);
  const postgresql = await createPostgresSide(layout, name, sqlite.created, createOnly);
  if (postgres && !createOnly) applied.push(...(await deployPostgres(postgres)));
  else if (!postgres) applied.push(...sqlite.applied);
  return { applied, created: { sqlite: sqlite.created, postgresql }, warnings: sqlite.warnings };
}
