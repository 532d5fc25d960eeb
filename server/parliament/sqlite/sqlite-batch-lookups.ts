/**
 * The reads a sync batch makes inside its transaction to sort its records into new, changed and unchanged
 * (server/parliament/write-batch.ts): on the transaction's own connection (lib/db/sqlite/sqlite-connection.ts), each
 * statement prepared once, with the page's ids as one JSON parameter. Through Prisma, the three lookups'
 * lists of 500 parameters each cost more JavaScript than the reads themselves. `json_each` is SQLite's, and
 * dates come back as its stored Unix milliseconds, so this lives in sqlite/.
 */
import type Database from 'better-sqlite3';
import type { PrismaClient } from '@/generated/prisma/client';
import { sqliteConnectionOf } from '@/lib/db/sqlite/sqlite-connection';
import type { BatchLookups, KeyedQuestion, StoredRecord } from '../batch-lookups';

const SQL = {
  records: 'SELECT "parliamentId", "questionId", "listHash", "payload" FROM "ParliamentQuestionRecord" WHERE "parliamentId" IN (SELECT "value" FROM json_each(?))',
  byParliamentId: 'SELECT "id", "parliamentId" FROM "Question" WHERE "parliamentId" IN (SELECT "value" FROM json_each(?))',
  byUin: 'SELECT "id", "house", "uin", "dateTabled", "parliamentId" FROM "Question" WHERE "uin" IN (SELECT "value" FROM json_each(?))',
};
type Statements = { [K in keyof typeof SQL]: Database.Statement<[string]> };
const prepared = new WeakMap<Database.Database, Statements>();

function statements(db: PrismaClient): Statements {
  const conn = sqliteConnectionOf(db);
  if (!conn.inTransaction) throw new Error('sqlite-batch-lookups: called outside the batch transaction');
  let s = prepared.get(conn);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, conn.prepare<[string]>(sql).safeIntegers(false)])) as Statements;
    prepared.set(conn, s);
  }
  return s;
}

/** The stored API records of those of `parliamentIds` already imported. */
export const storedRecords = (db: PrismaClient, parliamentIds: readonly number[]): StoredRecord[] => statements(db).records.all(JSON.stringify(parliamentIds)) as StoredRecord[];

/** The questions (their ids) carrying these Parliament ids. */
export const questionsByParliamentId = (db: PrismaClient, parliamentIds: readonly number[]): { id: number; parliamentId: number }[] =>
  statements(db).byParliamentId.all(JSON.stringify(parliamentIds)) as { id: number; parliamentId: number }[];

/** Every question with one of these UINs (either House, any date), with Parliament's key. */
export function questionsByUin(db: PrismaClient, uins: readonly string[]): KeyedQuestion[] {
  return (statements(db).byUin.all(JSON.stringify(uins)) as (Omit<KeyedQuestion, 'dateTabled'> & { dateTabled: number })[]).map((q) => ({ ...q, dateTabled: new Date(q.dateTabled) }));
}

/** These lookups on `db`'s SQLite connection (inside the batch's transaction). */
export const sqliteBatchLookups = (db: PrismaClient): BatchLookups => ({
  storedRecords: (ids) => storedRecords(db, ids),
  questionsByParliamentId: (ids) => questionsByParliamentId(db, ids),
  questionsByUin: (uins) => questionsByUin(db, uins),
});
