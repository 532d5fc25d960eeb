import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MigrationPaths } from '@/lib/migrations/commands';
import { prismaLayout, type PrismaLayout } from '@/lib/migrations/layout';

const root = path.resolve(import.meta.dirname, '..');

/**
 * A throw-away copy of the project's schemas and migrations folders (both dialects') with a SQLite
 * database path beside them, so migration tests can create and edit migrations without touching the
 * project's own.
 */
export function copyPrismaFolder(prefix: string): { paths: MigrationPaths; layout: PrismaLayout; dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(path.join(root, 'prisma'), path.join(dir, 'prisma'), { recursive: true });
  const layout = prismaLayout(dir);
  return {
    paths: { dbPath: path.join(dir, 'test.db'), ...layout.sqlite },
    layout,
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
