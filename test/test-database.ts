import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import { QUESTION_SEARCH_TABLES } from '@/lib/db/external-tables';
import type { DialectName } from '@/lib/db/database-url';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { createTempPostgres } from './postgres-db';
import { createTempDb } from './temp-db';

/** The dialects every data test runs on. */
export const DIALECTS = ['sqlite', 'postgresql'] as const satisfies readonly DialectName[];

export interface TestDatabase {
  dialect: DialectName;
  /** The database as a `DATABASE_URL` value. */
  url: string;
  /** SQLite's file (null on PostgreSQL), for the few SQLite-only readers that open it themselves. */
  file: string | null;
  prisma: PrismaClient;
  /** Empties every table and restarts ids: a fresh database for the next test without making another. */
  reset(): Promise<void>;
  cleanup(): Promise<void>;
}

const MODEL_TABLES = Object.values(Prisma.ModelName);

/** Empties Prisma's tables (and SQLite's search index, which its triggers fill) and restarts their ids. */
async function emptyTables(prisma: PrismaClient, dialect: DialectName): Promise<void> {
  if (dialect === 'postgresql') {
    await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${MODEL_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
    return;
  }
  // Foreign keys off so the order does not matter; the search triggers run row by row on half-deleted
  // data, so the index is emptied wholesale afterwards.
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
  try {
    for (const table of MODEL_TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
    await prisma.$executeRawUnsafe(`INSERT INTO "${QUESTION_SEARCH_TABLES[0]}"("${QUESTION_SEARCH_TABLES[0]}") VALUES ('delete-all')`);
    await prisma.$executeRawUnsafe("DELETE FROM sqlite_sequence");
  } finally {
    await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
}

/** A fresh, fully migrated database of `dialect` with a Prisma client on it (test/temp-db.ts, test/postgres-db.ts). */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const db = createTempDb();
    return { dialect, url: `file:${db.file}`, file: db.file, prisma: db.prisma, reset: () => emptyTables(db.prisma, dialect), cleanup: () => db.cleanup() };
  }
  const db = await createTempPostgres();
  return { dialect, url: db.url, file: null, prisma: db.prisma, reset: () => emptyTables(db.prisma, dialect), cleanup: () => db.cleanup() };
}

type AppGlobals = Record<string, { $disconnect?: () => Promise<void> } | undefined>;

/** Forgets the app's per-process singletons (its Prisma client, caches), kept on globalThis under `answerable…`. */
async function forgetAppGlobals(): Promise<void> {
  const globals = globalThis as unknown as AppGlobals;
  for (const key of Object.keys(globals).filter((k) => k.startsWith('answerable'))) {
    await globals[key]?.$disconnect?.();
    delete globals[key];
  }
}

/**
 * A fresh database of `dialect` that the app's own client (`@/server/db`) opens: sets DATABASE_URL and
 * forgets the modules and singletons already loaded, so server modules imported (dynamically) after this
 * call talk to it. One per describe block of `describe.each(DIALECTS)`: each file runs in its own process.
 */
export async function createServerTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const db = await createTestDatabase(dialect);
  await forgetAppGlobals();
  vi.resetModules();
  process.env.DATABASE_URL = db.url;
  // Session signing needs a key every app server shares on PostgreSQL (server/auth/auth-secret.ts).
  if (dialect === 'postgresql') process.env.AUTH_SECRET ||= 'test-secret-shared-by-every-app-server-0123456789';
  return {
    ...db,
    async cleanup() {
      await forgetAppGlobals();
      await db.cleanup();
    },
  };
}

/**
 * The hooks a data test's describe block needs: a database of `dialect` for the block, emptied (ids
 * restarted) before each test, dropped after the block. Registered first, so the reset runs before the
 * block's own beforeEach. Read `.current` in hooks and tests.
 */
export function useTestDatabase(dialect: DialectName): { readonly current: TestDatabase } {
  const holder = { current: undefined as unknown as TestDatabase };
  beforeAll(async () => {
    holder.current = await createTestDatabase(dialect);
  });
  afterAll(() => holder.current?.cleanup());
  beforeEach(() => holder.current.reset());
  return holder;
}
