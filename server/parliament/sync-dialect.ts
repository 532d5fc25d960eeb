/**
 * What the Parliament sync does in SQL only one database understands, chosen by the client's dialect
 * (lib/db/prisma-client.ts): the batch's lookups and bulk inserts inside its transaction, and where the
 * worker thread reads stored hashes. Everything else in server/parliament goes through Prisma and the
 * shared write lock (server/writes/write-lock.ts), the same on both.
 *
 * SQLite's run prepared statements under Prisma, on the better-sqlite3 connection of the batch's
 * transaction (sqlite-batch-lookups.ts, sqlite-bulk-insert.ts); PostgreSQL's are a few statements with one
 * JSON parameter each through the transaction itself (postgres-batch-lookups.ts, postgres-bulk-insert.ts).
 */
import type { Prisma } from '@/generated/prisma/client';
import { byDialect } from '@/lib/db/database-url';
import { clientTarget, type PrismaClient } from '@/lib/db/prisma-client';
import type { BulkWriter } from './bulk-writer';
import { postgresBatchLookups } from './postgres/postgres-batch-lookups';
import { PostgresBulkWriter } from './postgres/postgres-bulk-insert';
import type { BatchLookups } from './batch-lookups';
import { sqliteBatchLookups } from './sqlite/sqlite-batch-lookups';
import { SqliteBulkWriter } from './sqlite/sqlite-bulk-insert';

type Tx = Prisma.TransactionClient;

export interface SyncDialect {
  /** The batch's reads, inside its transaction `tx` on `db`, after the write lock. */
  lookups(db: PrismaClient, tx: Tx): BatchLookups;
  /** The batch's bulk inserts, likewise. */
  writer(db: PrismaClient, tx: Tx): BulkWriter;
}

const sqlite: SyncDialect = {
  lookups: (db) => sqliteBatchLookups(db),
  writer: (db) => SqliteBulkWriter.of(db),
};

const postgresql: SyncDialect = {
  lookups: (_db, tx) => postgresBatchLookups(tx),
  writer: (_db, tx) => new PostgresBulkWriter(tx),
};

export function syncDialect(db: PrismaClient): SyncDialect {
  return byDialect(clientTarget(db), { sqlite: () => sqlite, postgresql: () => postgresql });
}
