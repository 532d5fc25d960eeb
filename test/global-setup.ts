import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { deployMigrations } from '../lib/migrations/commands';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}

/**
 * Migrates one template database with the real migrations; each test copies it (test/temp-db.ts),
 * so every test file gets a fresh, fully migrated SQLite file without re-running the engine.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-test-'));
  const templateDb = path.join(dir, 'template.db');
  const root = path.resolve(import.meta.dirname, '..');
  await deployMigrations({
    dbPath: templateDb,
    schemaPath: path.join(root, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(root, 'prisma', 'migrations'),
  });
  project.provide('templateDb', templateDb);
  return () => rmSync(dir, { recursive: true, force: true });
}
