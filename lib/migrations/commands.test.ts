import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openSqlite } from '../db/sqlite-pragmas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyPrismaFolder } from '@/test/prisma-copy';
import { createMigration, deployMigrations, migrationStatus, type MigrationPaths } from './commands';

let paths: MigrationPaths;
let remove: () => void;

// Each test works on a copy of the real schema and migrations folder, never on the project's own.
beforeEach(() => {
  ({ paths, remove } = copyPrismaFolder('answerable-migrations-'));
});
afterEach(() => remove());

const migrationNames = () => readdirSync(paths.migrationsDir).filter((n) => !n.endsWith('.toml')).sort();
// Closed after each look: in WAL mode an open connection keeps the migration engine (exclusive locking) out.
const tables = (file: string) => {
  const db = openSqlite(file, { readonly: true });
  try {
    return db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
  } finally {
    db.close();
  }
};

describe('offline migrations', () => {
  it('migrates a fresh database from zero and records each migration as the native CLI does', async () => {
    const applied = await deployMigrations(paths);
    expect(applied).toEqual(migrationNames());
    expect(tables(paths.dbPath)).toEqual(expect.arrayContaining(['Question', 'AnswerVersion', 'Meeting', 'Coverage', '_prisma_migrations']));

    const db = openSqlite(paths.dbPath, { readonly: true });
    const rows = db.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name').all() as {
      migration_name: string;
      checksum: string;
      finished_at: number;
    }[];
    const { createHash } = await import('node:crypto');
    for (const row of rows) {
      const sql = readFileSync(path.join(paths.migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(typeof row.finished_at).toBe('number');
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(await migrationStatus(paths)).toMatchObject({ upToDate: true, pending: [] });
    expect(await deployMigrations(paths)).toEqual([]);
  });

  it('says the database is in use, rather than a driver code, when another connection holds it open', async () => {
    await deployMigrations(paths);
    const server = openSqlite(paths.dbPath, { readonly: true }); // as a running server's connection would
    server.prepare('SELECT count(*) FROM _prisma_migrations').get();
    try {
      await expect(deployMigrations(paths)).rejects.toThrow(/in use by another process .*stop it, then run the migration again/);
    } finally {
      server.close();
    }
    expect(await deployMigrations(paths)).toEqual([]);
  });

  it('reports pending migrations on a database that is behind', async () => {
    const status = await migrationStatus(paths);
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual(migrationNames());
  });

  it('turns a schema change into a new migration folder and applies it', async () => {
    await deployMigrations(paths);
    const before = migrationNames();
    appendFileSync(paths.schemaPath, '\nmodel SavedSearch {\n  id    Int    @id @default(autoincrement())\n  query String\n}\n');

    const result = await createMigration(paths, 'add_saved_search');

    expect(result.created).toMatch(/^\d{14}_add_saved_search$/);
    expect(migrationNames()).toEqual([...before, result.created]);
    const sql = readFileSync(path.join(paths.migrationsDir, result.created!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "SavedSearch"');
    expect(tables(paths.dbPath)).toContain('SavedSearch');
    expect((await migrationStatus(paths)).upToDate).toBe(true);
  });

  it('creates nothing when the schema and the migrations agree', async () => {
    const result = await createMigration(paths, 'nothing');
    expect(result.created).toBeNull();
    expect(migrationNames()).not.toContain(expect.stringContaining('nothing'));
  });

  it('reports an applied migration that was edited afterwards', async () => {
    await deployMigrations(paths);
    const [first] = migrationNames();
    appendFileSync(path.join(paths.migrationsDir, first!, 'migration.sql'), '\n-- edited by hand\n');

    const status = await migrationStatus(paths);

    expect(status.upToDate).toBe(false);
    expect(status.edited).toEqual([first]);
  });
});
