import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient as SqlitePrismaClient } from '@/generated/prisma/client';
import { createEmptyPostgres, type EmptyPostgres } from '@/test/postgres-db';
import { createTempDb } from '@/test/temp-db';
import { databaseDialect, dialectOf } from './dialect';
import { parseDatabaseUrl } from './database-url';

let postgres: EmptyPostgres;
beforeAll(async () => {
  postgres = await createEmptyPostgres('answerable_pg_dialect');
});
afterAll(() => postgres.drop());

describe('the dialect, chosen once from DATABASE_URL', () => {
  it('gives a PostgreSQL URL a client that talks to PostgreSQL, and remembers which dialect it is', async () => {
    const database = databaseDialect(parseDatabaseUrl(postgres.url));
    expect(database.name).toBe('postgresql');
    expect(database.layout.migrationsDir).toMatch(/prisma\/postgresql\/migrations$/);
    const prisma = database.createPrismaClient();
    try {
      const [row] = await prisma.$queryRawUnsafe<{ version: string }[]>('SELECT version()');
      expect(row?.version).toMatch(/^PostgreSQL/);
      expect(dialectOf(prisma).name).toBe('postgresql');
    } finally {
      await prisma.$disconnect();
    }
  });

  it('gives a file a SQLite client', async () => {
    const db = createTempDb();
    try {
      const [row] = await db.prisma.$queryRawUnsafe<{ version: string }[]>('SELECT sqlite_version() AS version');
      expect(row?.version).toMatch(/^3\./);
      expect(dialectOf(db.prisma).name).toBe('sqlite');
      expect(databaseDialect(parseDatabaseUrl(`file:${db.file}`)).layout.migrationsDir).toMatch(/prisma\/migrations$/);
    } finally {
      await db.cleanup();
    }
  });

  it('needs a client per dialect: the SQLite-generated client refuses the PostgreSQL adapter', () => {
    const options = { adapter: new PrismaPg({ connectionString: postgres.url }) } as unknown as ConstructorParameters<typeof SqlitePrismaClient>[0];
    expect(() => new SqlitePrismaClient(options)).toThrow(/not compatible with the provider `sqlite`/);
  });

  it('will not guess the dialect of a client made elsewhere', () => {
    expect(() => dialectOf({} as never)).toThrow(/not made by createPrismaClient/);
  });
});
