import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MigrationPaths } from '@/lib/migrations/commands';

const root = path.resolve(import.meta.dirname, '..');

/**
 * A throw-away copy of the project's schema and migrations folder with a database path beside it, so
 * migration tests can create and edit migrations without touching the project's own.
 */
export function copyPrismaFolder(prefix: string): { paths: MigrationPaths; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(path.join(root, 'prisma'), path.join(dir, 'prisma'), { recursive: true });
  return {
    paths: {
      dbPath: path.join(dir, 'test.db'),
      schemaPath: path.join(dir, 'prisma', 'schema.prisma'),
      migrationsDir: path.join(dir, 'prisma', 'migrations'),
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
