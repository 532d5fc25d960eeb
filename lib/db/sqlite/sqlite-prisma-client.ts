import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../../generated/prisma/client';
import { BUSY_TIMEOUT_MS } from '../sqlite-pragmas';

/**
 * A Prisma client on the embedded SQLite file. Timestamps are stored as Unix milliseconds, the format
 * Prisma's native engine writes, so both engines read the same file the same way.
 * Every connection waits up to BUSY_TIMEOUT_MS for another's lock (sqlite-pragmas.ts); the file's WAL
 * mode was set when it was migrated.
 */
export function createSqlitePrismaClient(file: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: BUSY_TIMEOUT_MS }, { timestampFormat: 'unixepoch-ms' });
  return new PrismaClient({ adapter });
}
