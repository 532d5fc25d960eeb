import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openSqlite } from './sqlite/sqlite-pragmas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyPrismaFolder } from '@/test/prisma-copy';
import { createMigration, deployMigrations, type MigrationPaths } from '../migrations/commands';
import { EXTERNAL_TABLES } from './external-tables';

let paths: MigrationPaths;
let remove: () => void;

// Each test works on a copy of the real schema and migrations folder, never on the project's own.
beforeEach(() => {
  ({ paths, remove } = copyPrismaFolder('answerable-external-'));
});
afterEach(() => remove());

// Closed after each look: in WAL mode an open connection keeps the migration engine (exclusive locking) out.
const schemaObjects = (type: 'table' | 'view' | 'trigger') => {
  const db = openSqlite(paths.dbPath, { readonly: true });
  try {
    return db
      .prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name')
      .all(type)
      .map((row) => (row as { name: string }).name);
  } finally {
    db.close();
  }
};

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
