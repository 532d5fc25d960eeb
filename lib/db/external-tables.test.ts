import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMigration, deployMigrations, type MigrationPaths } from '../migrations/commands';
import { EXTERNAL_TABLES } from './external-tables';

const root = path.resolve(import.meta.dirname, '..', '..');
let dir: string;
let paths: MigrationPaths;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-external-'));
  cpSync(path.join(root, 'prisma'), path.join(dir, 'prisma'), { recursive: true });
  paths = {
    dbPath: path.join(dir, 'test.db'),
    schemaPath: path.join(dir, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(dir, 'prisma', 'migrations'),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const schemaObjects = (type: 'table' | 'view' | 'trigger') =>
  new Database(paths.dbPath, { readonly: true })
    .prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name')
    .all(type)
    .map((row) => (row as { name: string }).name);

describe('hand-made tables next to Prisma', () => {
  it('lists the FTS table and every shadow table it creates as external', async () => {
    await deployMigrations(paths);
    const searchTables = schemaObjects('table').filter((name) => name.startsWith('question_search'));
    expect(searchTables.length).toBeGreaterThanOrEqual(5);
    expect(EXTERNAL_TABLES).toEqual(expect.arrayContaining(searchTables));
  });

  it('creates no migration, and drafts no DROP, when the schema is unchanged', async () => {
    await deployMigrations(paths);
    const before = { tables: schemaObjects('table'), views: schemaObjects('view'), triggers: schemaObjects('trigger') };

    const draft = await createMigration(paths, 'probe', { createOnly: true });
    const draftSql = readFileSync(path.join(paths.migrationsDir, draft.created!, 'migration.sql'), 'utf8');
    expect(draftSql).not.toMatch(/DROP|question_search/i);
    rmSync(path.join(paths.migrationsDir, draft.created!), { recursive: true });

    const result = await createMigration(paths, 'nothing');
    expect(result.created).toBeNull();
    expect(readdirSync(paths.migrationsDir).some((name) => name.endsWith('_nothing'))).toBe(false);
    expect({ tables: schemaObjects('table'), views: schemaObjects('view'), triggers: schemaObjects('trigger') }).toEqual(before);
  });
});
