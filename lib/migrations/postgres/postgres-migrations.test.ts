import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POSTGRES_EXTERNAL_TABLES, POSTGRES_HAND_MADE } from '@/lib/db/external-tables';
import { createEmptyPostgres, type EmptyPostgres } from '@/test/postgres-db';
import { createMigrationWorld, type MigrationWorld } from '@/test/migration-world';
import { deployMigrations, migrationStatus } from '../commands';
import { diffPostgresSchemas } from './postgres-schema-diff';

let world: MigrationWorld;
beforeEach(async () => {
  world = await createMigrationWorld('postgresql');
});
afterEach(() => world.remove());

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every column, index, constraint and enum value of the public schema, bookkeeping and hand-made objects aside. */
async function catalog(url: string) {
  const skip = ['_prisma_migrations', ...POSTGRES_EXTERNAL_TABLES].map((t) => `'${t}'`).join(', ');
  const columns = await query<{ table_name: string; column_name: string }>(url, `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN (${skip}) ORDER BY 1, 2`);
  const indexes = await query<{ indexname: string }>(url, `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN (${skip}) ORDER BY 1, 2`);
  return {
    columns: columns.filter((c) => !POSTGRES_HAND_MADE.columns.includes(`${c.table_name}.${c.column_name}`)),
    indexes: indexes.filter((i) => !POSTGRES_HAND_MADE.indexes.includes(i.indexname)),
    constraints: await query(url, `SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) AS def FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid WHERE con.connamespace = 'public'::regnamespace AND c.relname NOT IN (${skip}) ORDER BY 1, 2`),
    enums: await query(url, 'SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY 1, e.enumsortorder'),
  };
}

describe('PostgreSQL migrations', () => {
  it('build exactly the schema prisma/postgresql/schema.prisma describes', async () => {
    await deployMigrations(world.paths);
    const fromSchema: EmptyPostgres = await createEmptyPostgres('answerable_pg_schema');
    try {
      const schema = readFileSync(world.layout.postgresql.schemaPath, 'utf8');
      const script = await diffPostgresSchemas(world.layout.postgresql.schemaPath, null, schema, POSTGRES_EXTERNAL_TABLES);
      await query(fromSchema.url, script);
      const expected = await catalog(fromSchema.url);
      expect(expected.columns.length).toBeGreaterThan(100);
      expect(await catalog(world.target.url)).toEqual(expected);
    } finally {
      await fromSchema.drop();
    }
  });

  it('roll a failing migration back whole and record nothing of it', async () => {
    await deployMigrations(world.paths);
    const broken = path.join(world.paths.migrationsDir, '99990101000000_broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "Half" ("id" INTEGER);\nSELECT 1 / 0;\n');

    await expect(deployMigrations(world.paths)).rejects.toThrow(/99990101000000_broken failed and was rolled back .*division by zero/);

    expect(await world.tables()).not.toContain('Half');
    expect((await world.history()).map((row) => row.migration_name)).not.toContain('99990101000000_broken');
    expect(await migrationStatus(world.paths)).toMatchObject({ upToDate: false, pending: ['99990101000000_broken'], failed: [] });
    writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "Half" ("id" INTEGER);\n');
    expect(await deployMigrations(world.paths)).toEqual(['99990101000000_broken']);
  });

  it('refuse to deploy past a migration the native engine recorded as failed, and report it', async () => {
    await deployMigrations(world.paths);
    const broken = path.join(world.paths.migrationsDir, '99990101000000_half_done');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'migration.sql'), 'CREATE TABLE "Later" ("id" INTEGER);\n');
    // What `prisma migrate deploy` leaves behind when a migration fails part-way (it runs no transaction).
    await query(world.target.url, `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs") VALUES ('00000000-0000-4000-8000-000000000000', 'x', '99990101000000_half_done', 'failed')`);

    expect(await migrationStatus(world.paths)).toMatchObject({ upToDate: false, failed: ['99990101000000_half_done'] });
    await expect(deployMigrations(world.paths)).rejects.toThrow(/99990101000000_half_done failed earlier .*resolve it/);
    expect(await world.tables()).not.toContain('Later');
  });

  it('apply each migration once when two deploys start together (one waits for the other)', async () => {
    const [a, b] = await Promise.all([deployMigrations(world.paths), deployMigrations(world.paths)]);
    const names = readdirSync(world.paths.migrationsDir).filter((n) => !n.endsWith('.toml')).sort();
    expect([...a, ...b].sort()).toEqual(names);
    expect((await world.history()).map((row) => row.migration_name)).toEqual(names);
  });

  it("refuse a folder of another database's migrations", async () => {
    await expect(deployMigrations({ ...world.paths, migrationsDir: world.layout.sqlite.migrationsDir })).rejects.toThrow(/holds sqlite migrations, not PostgreSQL's/);
  });
});
