/**
 * PostgreSQL's side of the reads a sync batch makes inside its transaction to sort its records into new,
 * changed and unchanged (server/parliament/sqlite/sqlite-batch-lookups.ts is SQLite's): each lookup one statement
 * with the page's ids as one JSON parameter, on the batch's transaction (`tx`), so it reads what the write
 * lock lets it see (every earlier commit). Dates come back as Unix milliseconds, as SQLite's do, rather than
 * as a timestamp without zone that JavaScript would read as local time.
 */
import type { Prisma } from '@/generated/prisma/client';
import type { BatchLookups, KeyedQuestion, StoredRecord } from '../batch-lookups';

const SQL = {
  records: `SELECT "parliamentId", "questionId", "listHash", "payload" FROM "ParliamentQuestionRecord"
             WHERE "parliamentId" IN (SELECT jsonb_array_elements_text($1::jsonb)::int)`,
  byParliamentId: `SELECT "id", "parliamentId" FROM "Question" WHERE "parliamentId" IN (SELECT jsonb_array_elements_text($1::jsonb)::int)`,
  byUin: `SELECT "id", "house"::text AS "house", "uin", (extract(epoch FROM "dateTabled") * 1000)::float8 AS "dateTabled", "parliamentId"
            FROM "Question" WHERE "uin" IN (SELECT jsonb_array_elements_text($1::jsonb))`,
};

export function postgresBatchLookups(tx: Prisma.TransactionClient): BatchLookups {
  const read = <T>(sql: string, list: readonly (number | string)[]) => (list.length ? tx.$queryRawUnsafe<T[]>(sql, JSON.stringify(list)) : Promise.resolve([] as T[]));
  return {
    storedRecords: (ids) => read<StoredRecord>(SQL.records, ids),
    questionsByParliamentId: (ids) => read<{ id: number; parliamentId: number }>(SQL.byParliamentId, ids),
    async questionsByUin(uins) {
      const rows = await read<Omit<KeyedQuestion, 'dateTabled'> & { dateTabled: number }>(SQL.byUin, uins);
      return rows.map((q) => ({ ...q, dateTabled: new Date(Number(q.dateTabled)) }));
    },
  };
}
