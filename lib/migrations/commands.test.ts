import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPostgresSchema } from '@/lib/db/postgres/postgres-schema';
import { createMigrationWorld, type MigrationWorld } from '@/test/migration-world';
import { deployMigrations, migrationStatus } from './commands';
import { createMigrations } from './create-migrations';

// The same tests on both dialects: each works on a copy of the real schemas and migrations folders and
// on an empty database of its own (a SQLite file, or a PostgreSQL database created for the test).
describe.each(['sqlite', 'postgresql'] as const)('offline migrations on %s', (dialect) => {
  let world: MigrationWorld;
  beforeEach(async () => {
    world = await createMigrationWorld(dialect);
  });
  afterEach(() => world.remove());

  const folder = () => world.paths.migrationsDir;
  const migrationNames = (dir = folder()) => readdirSync(dir).filter((n) => !n.endsWith('.toml')).sort();
  const readSql = (dir: string, name: string) => readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');

  it('migrates a fresh database from zero and records each migration as the native CLI does', async () => {
    const applied = await deployMigrations(world.paths);
    expect(applied).toEqual(migrationNames());
    expect(await world.tables()).toEqual(expect.arrayContaining(['Question', 'AnswerVersion', 'Meeting', 'Coverage', '_prisma_migrations']));

    const rows = await world.history();
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames());
    for (const row of rows) {
      const sql = readFileSync(path.join(folder(), row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
    }
    expect(await migrationStatus(world.paths)).toMatchObject({ upToDate: true, pending: [] });
    expect(await deployMigrations(world.paths)).toEqual([]);
  });

  it('reports pending migrations on a database that is behind', async () => {
    const status = await migrationStatus(world.paths);
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual(migrationNames());
  });

  it("turns a model change into a migration in both dialects' folders, under one name, and applies the database's", async () => {
    await deployMigrations(world.paths);
    const before = { sqlite: migrationNames(world.layout.sqlite.migrationsDir), postgresql: migrationNames(world.layout.postgresql.migrationsDir) };
    appendFileSync(world.layout.sqlite.schemaPath, '\nmodel SavedSearch {\n  id    Int    @id @default(autoincrement())\n  query String\n}\n');

    const result = await createMigrations(world.layout, world.target, 'add_saved_search');

    expect(result.created.sqlite).toMatch(/^\d{14}_add_saved_search$/);
    expect(result.created.postgresql).toBe(result.created.sqlite);
    for (const side of ['sqlite', 'postgresql'] as const) {
      const dir = world.layout[side].migrationsDir;
      expect(migrationNames(dir)).toEqual([...before[side], result.created[side]]);
      expect(readSql(dir, result.created[side]!)).toContain('CREATE TABLE "SavedSearch"');
    }
    expect(readSql(world.layout.postgresql.migrationsDir, result.created.postgresql!)).toContain('"id" SERIAL NOT NULL');
    // PostgreSQL's schema file now describes what its migrations reach: rendered from the edited model.
    expect(readFileSync(world.layout.postgresql.schemaPath, 'utf8')).toBe(renderPostgresSchema(readFileSync(world.layout.sqlite.schemaPath, 'utf8')));
    expect(result.applied).toEqual([result.created[dialect]]);
    expect(await world.tables()).toContain('SavedSearch');
    expect((await migrationStatus(world.paths)).upToDate).toBe(true);
  });

  it('creates nothing in either folder when the model and the migrations agree', async () => {
    const result = await createMigrations(world.layout, world.target, 'nothing');
    expect(result.created).toEqual({ sqlite: null, postgresql: null });
    for (const side of ['sqlite', 'postgresql'] as const) {
      expect(migrationNames(world.layout[side].migrationsDir).some((name) => name.endsWith('_nothing'))).toBe(false);
    }
  });

  it('drafts a migration in each folder with --create-only, for SQL only that database understands, and applies the edited draft', async () => {
    await deployMigrations(world.paths);
    const result = await createMigrations(world.layout, world.target, 'hand_written', { createOnly: true });
    expect(result.created.postgresql).toBe(result.created.sqlite);
    expect(await migrationStatus(world.paths)).toMatchObject({ upToDate: false, pending: [result.created[dialect]] });

    const dir = world.paths.migrationsDir;
    const draft = path.join(dir, result.created[dialect]!, 'migration.sql');
    expect(readFileSync(draft, 'utf8')).not.toMatch(/CREATE|DROP|ALTER/);
    appendFileSync(draft, '\nCREATE TABLE "HandMade" ("id" INTEGER PRIMARY KEY);\n');
    expect(await deployMigrations(world.paths)).toEqual([result.created[dialect]]);
    expect(await world.tables()).toContain('HandMade');
  });

  it('reports an applied migration that was edited afterwards', async () => {
    await deployMigrations(world.paths);
    const [first] = migrationNames();
    appendFileSync(path.join(folder(), first!, 'migration.sql'), '\n-- edited by hand\n');

    const status = await migrationStatus(world.paths);

    expect(status.upToDate).toBe(false);
    expect(status.edited).toEqual([first]);
  });
});
