/**
 * PostgreSQL's write lock: a transaction-scoped advisory lock on one fixed key, released by the commit or
 * rollback itself, so a crashed request cannot leave it held. node-postgres waits asynchronously, so
 * waiting costs this process nothing (unlike SQLite's busy timeout, server/writes/sqlite/sqlite-write-lock.ts),
 * and every app server on the database queues on the same lock. After it is granted, each statement of
 * the transaction (READ COMMITTED, Prisma's default here) sees every write committed before it, so a
 * conflict check reads the newest values; `lock_timeout` bounds the wait, and a write still waiting after
 * it is refused with "save again" rather than left hanging.
 */
import type { Prisma } from '@/generated/prisma/client';
import { BUSY_TIMEOUT_MS } from '@/lib/db/sqlite/sqlite-pragmas';
import type { WriteLock } from '../write-lock';

/** The lock's key: any constant the app uses for nothing else ("answerable write" as an int8). */
export const WRITE_LOCK_KEY = 0x616e737772697465n;

export const postgresWriteLock: WriteLock = {
  async take(tx: Prisma.TransactionClient) {
    await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${BUSY_TIMEOUT_MS}ms'`);
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
  },
  retry: (attempt) => attempt(),
};
