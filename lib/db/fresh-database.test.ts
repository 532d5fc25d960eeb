import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyPostgres, type EmptyPostgres } from '@/test/postgres-db';
import { DIALECTS } from '@/test/test-database';
import { generateDemoData } from '../demo/write-demo-data';
import { deployMigrations, migrationPaths } from '../migrations/commands';
import { projectLayout } from '../migrations/layout';
import { parseDatabaseUrl } from './database-url';
import { databaseDialect } from './dialect';

// What `npm run bench:data` relies on, on both databases: recreate() throws the database away and
// leaves an empty one, and the bulk loader's optimize() runs after a load (FTS5 optimize + ANALYZE on
// SQLite, VACUUM ANALYZE on PostgreSQL) and leaves the data searchable as before.
describe.each(DIALECTS)('a benchmark database rebuilt on %s', (dialect) => {
  let pg: EmptyPostgres | null = null;
  const folder = mkdtempSync(path.join(tmpdir(), 'answerable-fresh-'));
  afterAll(async () => {
    await pg?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('starts empty after recreate() and keeps its rows through optimize()', async () => {
    if (dialect === 'postgresql') pg = await createEmptyPostgres('answerable_pgbench_test');
    const target = parseDatabaseUrl(pg ? pg.url : `file:${path.join(folder, 'bench.db')}`);
    const database = databaseDialect(target);
    const load = async () => {
      await database.recreate();
      await deployMigrations(migrationPaths(projectLayout(), target));
      const prisma = database.createPrismaClient();
      try {
        await generateDemoData(prisma, { questions: 30, seed: 'fresh-database-test', today: new Date(Date.UTC(2026, 10, 29)) });
        await database.bulkLoader.optimize(prisma);
        return await prisma.question.count();
      } finally {
        await prisma.$disconnect();
      }
    };
    expect(await load()).toBe(30);
    // Again from nothing: the demo refuses to load twice into one database, so this proves it was emptied.
    expect(await load()).toBe(30);
  });
});
