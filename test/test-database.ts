import type { DialectName } from '@/lib/db/database-url';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { createTempPostgres } from './postgres-db';
import { createTempDb } from './temp-db';

/** The dialects every data test runs on. */
export const DIALECTS = ['sqlite', 'postgresql'] as const satisfies readonly DialectName[];

export interface TestDatabase {
  dialect: DialectName;
  prisma: PrismaClient;
  cleanup(): Promise<void>;
}

/** A fresh, fully migrated database of `dialect` with a Prisma client on it (test/temp-db.ts, test/postgres-db.ts). */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const db = dialect === 'sqlite' ? createTempDb() : await createTempPostgres();
  return { dialect, prisma: db.prisma, cleanup: () => db.cleanup() };
}
