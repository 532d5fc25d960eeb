import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { copyPrismaFolder } from '@/test/prisma-copy';
import { deployMigrations, type MigrationPaths } from '../commands';

let paths: MigrationPaths;
let remove: () => void;

beforeEach(() => {
  ({ paths, remove } = copyPrismaFolder('answerable-migrations-'));
});
afterEach(() => remove());

describe('offline migrations on SQLite alone', () => {
  it('leave a freshly migrated file in WAL mode', async () => {
    await deployMigrations(paths);
    const db = openSqlite(paths.dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
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
});
