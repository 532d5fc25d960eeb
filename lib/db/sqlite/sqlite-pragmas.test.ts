import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteQuestionSearch } from '@/server/search/sqlite/sqlite-search';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { SqliteDataVersion } from './sqlite-data-version';
import { BUSY_TIMEOUT_MS, openSqlite } from './sqlite-pragmas';

let temp: TempDb;

beforeEach(() => {
  temp = createTempDb(); // a copy of the suite's template, migrated by lib/migrations
});
afterEach(async () => {
  await temp.cleanup();
});

const partyCount = (db: ReturnType<typeof openSqlite>) => db.prepare('SELECT count(*) FROM "Party"').pluck().get() as number;

describe('SQLite connections', () => {
  it('a freshly migrated database is in WAL mode, and every app connection waits for locks', async () => {
    const [mode] = await temp.prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
    expect(mode?.journal_mode).toBe('wal');
    const [timeout] = await temp.prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>('PRAGMA busy_timeout');
    expect(Number(timeout?.timeout)).toBe(BUSY_TIMEOUT_MS);

    const search = new SqliteQuestionSearch(temp.file, { countOnWorker: false });
    try {
      expect(search.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(search.db.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    } finally {
      search.close();
    }
    const reader = openSqlite(temp.file, { readonly: true });
    expect(reader.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    reader.close();
  });

  it('readers keep reading the last commit while a writer holds an exclusive write transaction', async () => {
    const writer = openSqlite(temp.file);
    // No waiting allowed: a reader that had to wait for the writer fails at once with SQLITE_BUSY.
    const reader = openSqlite(temp.file, { readonly: true, timeout: 0 });
    try {
      const before = partyCount(reader);
      writer.exec('BEGIN EXCLUSIVE');
      writer.prepare('INSERT INTO "Party" ("name", "abbreviation") VALUES (?, ?)').run('Write-Ahead Party', 'WAP');
      expect(partyCount(reader)).toBe(before); // not blocked, and sees the last committed state
      expect(await temp.prisma.party.count()).toBe(before); // the app's own client reads too
      writer.exec('COMMIT');
      expect(partyCount(reader)).toBe(before + 1);
    } finally {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      writer.close();
      reader.close();
    }
  });

  it('the same reader is refused in rollback-journal mode (what WAL mode fixes)', () => {
    const file = path.join(path.dirname(temp.file), 'rollback.db');
    copyFileSync(temp.file, file);
    const writer = openSqlite(file);
    writer.pragma('journal_mode = DELETE');
    const reader = openSqlite(file, { readonly: true, timeout: 0 });
    try {
      writer.exec('BEGIN EXCLUSIVE');
      writer.prepare('INSERT INTO "Party" ("name", "abbreviation") VALUES (?, ?)').run('Rollback Party', 'RBP');
      expect(() => partyCount(reader)).toThrow(/locked|busy/i);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      reader.close();
    }
  });

  it("the page cache's change signal sees commits by other connections in WAL mode", async () => {
    const version = new SqliteDataVersion(temp.file);
    const writer = openSqlite(temp.file);
    try {
      const first = version.current();
      expect(version.current()).toBe(first); // steady while nothing commits
      await temp.prisma.party.create({ data: { name: 'Signal Party', abbreviation: 'SP' } });
      const afterPrisma = version.current();
      expect(afterPrisma).not.toBe(first);

      writer.exec('BEGIN');
      writer.prepare('INSERT INTO "Party" ("name", "abbreviation") VALUES (?, ?)').run('Pending Party', 'PP');
      expect(version.current()).toBe(afterPrisma); // uncommitted work is not a change
      writer.exec('COMMIT');
      expect(version.current()).not.toBe(afterPrisma);
    } finally {
      writer.close();
      version.close();
    }
  });
});
