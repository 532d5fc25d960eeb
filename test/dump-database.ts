import { dialectOf } from '@/lib/db/dialect';
import type { PrismaClient } from '@/lib/db/prisma-client';

const LIST_TABLES = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
  postgresql: "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
};

/**
 * Every row of every table as one string, to prove a second seed run changes nothing at all.
 * Hand-made tables (the FTS index and its shadow tables) are index internals, checked by their own tests.
 * Rows come in storage order on SQLite (rowid) and in order of their text on PostgreSQL, which has no
 * stable storage order.
 */
export async function dumpDatabase(prisma: PrismaClient): Promise<string> {
  const dialect = dialectOf(prisma);
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(LIST_TABLES[dialect.name]);
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (dialect.externalTables.includes(name)) continue;
    // PostgreSQL's rows as JSON text: Prisma's raw queries cannot read its tsvector columns.
    dump[name] =
      dialect.name === 'sqlite'
        ? await prisma.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY rowid`)
        : (await prisma.$queryRawUnsafe<{ r: string }[]>(`SELECT to_jsonb(t)::text AS r FROM "${name}" t ORDER BY 1`)).map((row) => JSON.parse(row.r) as unknown);
  }
  return JSON.stringify(dump, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
