/**
 * The database-wide write lock every staff write (and the sync) takes first in its transaction, so
 * concurrent saves queue and each reads fresh values for its conflict check, and change-log ids are
 * handed out in commit order (the alert outbox's cursor relies on it). Each dialect takes it its own
 * way: SQLite's write lock without stalling the process (server/writes/sqlite/sqlite-write-lock.ts), a
 * transaction-scoped advisory lock on PostgreSQL (server/writes/postgres/postgres-write-lock.ts).
 */
import type { Prisma } from '@/generated/prisma/client';
import { byDialect } from '@/lib/db/database-url';
import { clientTarget, type PrismaClient } from '@/lib/db/prisma-client';
import { postgresWriteLock } from './postgres/postgres-write-lock';
import { sqliteWriteLock } from './sqlite/sqlite-write-lock';

export interface WriteLock {
  /** Takes the lock inside `tx`, before it reads anything; held until the transaction ends. */
  take(tx: Prisma.TransactionClient): Promise<void>;
  /** Runs `attempt` (a whole transaction that calls take) again while the lock was busy elsewhere. */
  retry<T>(attempt: () => Promise<T>): Promise<T>;
}

export function writeLockFor(db: PrismaClient): WriteLock {
  return byDialect<WriteLock>(clientTarget(db), { sqlite: () => sqliteWriteLock, postgresql: () => postgresWriteLock });
}

/** Whether `error` is a write refused because another writer held the lock too long (ask to save again). */
export function isWriteLockBusy(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? '');
  const code = String((error as { code?: unknown })?.code ?? '');
  // P1008: Prisma's "operations timed out", what a lock wait past the busy timeout becomes on SQLite;
  // 55P03 / "lock timeout": PostgreSQL's lock_timeout expiring while another write holds the lock.
  return code === 'P1008' || code === 'P2034' || /SQLITE_BUSY|database is locked|could not serialize|SocketTimeout|write conflict|lock timeout|55P03/i.test(text);
}
