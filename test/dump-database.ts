import { EXTERNAL_TABLES } from '@/lib/db/external-tables';
import type { PrismaClient } from '@/lib/db/prisma-client';

/**
 * Every row of every table as one string, to prove a second seed run changes nothing at all.
 * Hand-made tables (the FTS index and its shadow tables) are index internals, checked by their own tests.
 */
export async function dumpDatabase(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (!EXTERNAL_TABLES.includes(name)) dump[name] = await prisma.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY rowid`);
  }
  return JSON.stringify(dump, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
