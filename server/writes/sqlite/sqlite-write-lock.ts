/**
 * Taking SQLite's write lock at the start of a staff write, without stalling the server process.
 * SQLite-only, so it lives here alone, behind server/writes/write-lock.ts (PostgreSQL's: postgres-write-lock.ts).
 *
 * A transaction begins as a reader; one that writes after another process committed fails instead
 * of waiting, so a staff write takes the lock with a no-op write before reading anything. While the
 * lock is held elsewhere, better-sqlite3's busy timeout would wait *synchronously*, freezing this whole
 * process (every page it serves) until the other commits. So the attempt is made with the busy timeout
 * off, and a refusal is retried asynchronously: the process keeps serving pages between attempts.
 */
import type { Prisma } from '@/generated/prisma/client';
import { BUSY_TIMEOUT_MS } from '@/lib/db/sqlite/sqlite-pragmas';
import type { WriteLock } from '../write-lock';

type Tx = Prisma.TransactionClient;

/** The lock was held by another writer: retry the whole write in a moment. */
export class WriteLockBusy extends Error {}

export async function takeWriteLock(tx: Tx): Promise<void> {
  await tx.$queryRawUnsafe('PRAGMA busy_timeout = 0');
  try {
    await tx.$executeRawUnsafe('UPDATE "ChangeLog" SET "id" = "id" WHERE 1 = 0');
  } catch (error) {
    if (/SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message))) throw new WriteLockBusy('the database is being written by another process');
    throw error;
  } finally {
    await tx.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

/** Runs `attempt` until it gets the lock: short, jittered, growing pauses, for up to BUSY_TIMEOUT_MS in all. */
export async function withWriteLockRetry<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WriteLockBusy) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * pause));
    }
  }
}

export const sqliteWriteLock: WriteLock = {
  take: takeWriteLock,
  retry: withWriteLockRetry,
};
