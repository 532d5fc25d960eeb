/**
 * An empty, migrated database for a benchmark run, of either dialect: SQLite's file is deleted and made
 * again; a PostgreSQL database is dropped and created again on its server (its name must contain "bench",
 * so a mistyped URL cannot empty a real database), then the dialect's migrations are applied.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from '../../lib/db/database-url';
import { recreatePostgresDatabase } from '../../lib/db/postgres/postgres-fresh-database';
import { deployMigrations, migrationPaths } from '../../lib/migrations/commands';
import { prismaLayout } from '../../lib/migrations/layout';

export async function freshDatabase(target: DatabaseTarget, root: string): Promise<void> {
  if (target.dialect === 'sqlite') {
    mkdirSync(path.dirname(target.file), { recursive: true });
    for (const s of ['', '-wal', '-shm', '-journal']) rmSync(target.file + s, { force: true });
  } else {
    const url = new URL(target.url);
    const name = decodeURIComponent(url.pathname.slice(1));
    if (!/bench/i.test(name)) throw new Error(`The benchmark drops and recreates its database: name one whose name contains "bench" (not "${name}").`);
    await recreatePostgresDatabase(target.url);
  }
  await deployMigrations(migrationPaths(prismaLayout(root), target));
}
