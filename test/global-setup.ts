import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { deployMigrations } from '../lib/migrations/commands';
import { createEmptyPostgres, deployTestPostgres, type EmptyPostgres } from './postgres-db';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
    /** A migrated PostgreSQL database for test/postgres-db.ts to copy, or null when PostgreSQL is unreachable. */
    postgresTemplate: string | null;
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
  // PostgreSQL's template likewise. Unreachable: none, and each PostgreSQL test says why when it runs
  // (SQLite-only runs still work).
  let postgres: EmptyPostgres | null = null;
  try {
    postgres = await createEmptyPostgres('answerable_pg_template');
    await deployTestPostgres(postgres.url);
  } catch {
    await postgres?.drop().catch(() => {});
    postgres = null;
  }
  project.provide('postgresTemplate', postgres?.name ?? null);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await postgres?.drop();
  };
}
