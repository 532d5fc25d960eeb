import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Prisma } from '@/generated/prisma/client';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { seedDatabase } from '@/server/seed/seed-database';
import { createEmptyPostgres, createTempPostgres, type TempPostgres } from '@/test/postgres-db';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { copySqliteToPostgres } from './copy-database';

const TODAY = new Date('2026-11-25T00:00:00Z');
let sqlite: TempDb;
let postgres: TempPostgres;

beforeEach(async () => {
  sqlite = createTempDb();
  postgres = await createTempPostgres('answerable_pg_copy');
});
afterEach(async () => {
  await sqlite.cleanup();
  await postgres.cleanup();
});

/** Every model's rows as the app reads them through its Prisma client, each table sorted. */
async function readEverything(prisma: PrismaClient): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = (prisma as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[model[0]!.toLowerCase() + model.slice(1)]!;
    out[model] = (await delegate.findMany()).map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

/** Rows the seed does not make: awkward text for PostgreSQL's array literals, and a date in SQLite's own text form. */
async function addAwkwardRows(prisma: PrismaClient): Promise<void> {
  const party = await prisma.party.create({ data: { name: 'Quote "and" {brace}, comma \\ backslash', abbreviation: 'NULL', colour: null } });
  await prisma.member.create({ data: { displayName: 'Ünïcödé — 🗳️', listName: "O'Brien,\nNew line", slug: 'awkward', house: 'LORDS', partyId: party.id } });
  await prisma.rateLimiterFlexible.create({ data: { key: 'sign-in:127.0.0.1', points: 3, expire: new Date('2026-11-29T12:34:56.789Z') } });
  const db = openSqlite(sqlite.file);
  db.prepare('INSERT INTO "Verification" ("id", "identifier", "value", "expiresAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)').run(
    'v1', 'someone@example.org', 'token', '2026-12-01 09:30:00', '2026-11-29T07:00:00.250Z', Date.UTC(2026, 10, 29, 7),
  );
  db.close();
}

const sqliteCount = (table: string) => {
  const db = openSqlite(sqlite.file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('db:copy from SQLite to PostgreSQL', () => {
  it('brings every row of a seeded database across, as the app reads it, with matching counts and checksums', async () => {
    await seedDatabase(sqlite.prisma, { questions: 150, today: TODAY });
    await addAwkwardRows(sqlite.prisma);

    const reports = await copySqliteToPostgres({ from: sqlite.file, to: postgres.url, batchSize: 37 });

    expect(reports.map((r) => r.table).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    for (const report of reports) expect(report.rows, report.table).toBe(sqliteCount(report.table));
    expect(reports.find((r) => r.table === 'Question')!.rows).toBe(151);
    expect(await readEverything(postgres.prisma)).toEqual(await readEverything(sqlite.prisma));
    const verification = await postgres.prisma.verification.findUniqueOrThrow({ where: { id: 'v1' } });
    expect(verification.expiresAt.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('leaves the id sequences past the copied ids, so the app can go on creating records', async () => {
    await seedDatabase(sqlite.prisma, { questions: 40, today: TODAY });
    await copySqliteToPostgres({ from: sqlite.file, to: postgres.url });
    const highest = (await postgres.prisma.question.aggregate({ _max: { id: true } }))._max.id!;
    const question = await postgres.prisma.question.create({
      data: {
        house: 'COMMONS', uin: 'AFTER-COPY', dateTabled: TODAY, dateDue: TODAY, heading: 'After the copy', text: 'Asked after the copy.',
        askingMember: { connect: { slug: 'edward-morello' } }, department: { connect: { parliamentId: 11 } },
      },
    });
    expect(question.id).toBe(highest + 1);
    const party = await postgres.prisma.party.create({ data: { name: 'After the copy', abbreviation: 'AC' } });
    expect(party.id).toBeGreaterThan(0);
  });

  // Verification is copied last (it references nothing), so the tables before it were already written: all rolled back.
  it('copies nothing at all when a row cannot be stored, and says which cell', async () => {
    await seedDatabase(sqlite.prisma, { questions: 20, today: TODAY });
    const db = openSqlite(sqlite.file);
    db.prepare('INSERT INTO "Verification" ("id", "identifier", "value", "expiresAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)').run('bad', 'x', 'y', 'next tuesday', 0, 0);
    db.close();

    await expect(copySqliteToPostgres({ from: sqlite.file, to: postgres.url })).rejects.toThrow(/Row 1 of "Verification", column "expiresAt", holds "next tuesday"/);
    expect(await postgres.prisma.question.count()).toBe(0);
    expect(await postgres.prisma.member.count()).toBe(0);
  });

  it('refuses a target that already holds rows, or is not migrated, and changes neither', async () => {
    await seedDatabase(sqlite.prisma, { questions: 10, today: TODAY });
    await postgres.prisma.party.create({ data: { name: 'Already here', abbreviation: 'AH' } });
    await expect(copySqliteToPostgres({ from: sqlite.file, to: postgres.url })).rejects.toThrow(/already holds rows \(Party\)/);
    expect(await postgres.prisma.party.count()).toBe(1);

    const empty = await createEmptyPostgres('answerable_pg_copy_bare');
    try {
      await expect(copySqliteToPostgres({ from: sqlite.file, to: empty.url })).rejects.toThrow(/not migrated .*npm run db:deploy/);
    } finally {
      await empty.drop();
    }
  });
});
