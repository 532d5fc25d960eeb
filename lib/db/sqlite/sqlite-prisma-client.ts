import { PrismaClient } from '../../../generated/prisma/client';
import { BUSY_TIMEOUT_MS } from './sqlite-pragmas';
import { rememberSqliteFactory, SqliteAdapterFactory } from './sqlite-connection';

/**
 * A Prisma client on the embedded SQLite file. Timestamps are stored as Unix milliseconds, the format
 * Prisma's native engine writes, so both engines read the same file the same way.
 * Every connection waits up to BUSY_TIMEOUT_MS for another's lock (sqlite-pragmas.ts); the file's WAL
 * mode was set when it was migrated.
 */
export function createSqlitePrismaClient(file: string): PrismaClient {
  const adapter = new SqliteAdapterFactory({ url: file, timeout: BUSY_TIMEOUT_MS }, { timestampFormat: 'unixepoch-ms' });
  const client = new PrismaClient({ adapter });
  rememberSqliteFactory(client, adapter);
  return client;
}
