/**
 * Sync runs and the one-at-a-time lock. A run is a SyncRun row updated as it goes (its progress commits
 * with each batch: server/parliament/write-batch.ts); the lock is the SyncLock row naming the run that holds
 * it. A lock is stale, and taken over, when its heartbeat is older than STALE_AFTER_MS (a hung or killed
 * process, on any machine), or when its holder ran on this machine and its process is gone (e.g. after
 * `kill -9`: taken over at once). A pid means nothing on another machine (several app servers on one
 * PostgreSQL database), so the holder's host is recorded and the pid consulted only on that host.
 *
 * The lock row is read and written under the database's write lock (server/writes/write-lock.ts), so two
 * runs starting at once, from one machine or two, queue there: the second reads the first's lock and is
 * refused.
 */
import os from 'node:os';
import type { PrismaClient } from '@/generated/prisma/client';
import { writeLockFor } from '@/server/writes/write-lock';

export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 120_000;

export interface SyncRunError {
  id: string;
  reason: string;
}

export interface SyncRunView {
  id: number;
  status: 'running' | 'succeeded' | 'failed';
  params: Record<string, unknown>;
  pid: number | null;
  /** The machine the run's process runs on (null: recorded before hosts were). */
  host: string | null;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
  phase: string | null;
  done: number;
  total: number | null;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: SyncRunError[];
  message: string | null;
  /** A "running" run whose process is gone or silent: it will be marked failed by the next run. */
  stale: boolean;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This machine's name, as recorded with a run's pid. */
export const thisHost = (): string => os.hostname();

/**
 * Whether a holder (a lock, or a running run) is gone: its heartbeat stopped, or it ran on this machine (or
 * before hosts were recorded, when every run was on the one machine) and its process no longer exists.
 */
function holderGone(holder: { pid: number | null; host: string | null; heartbeatAt: Date }, now = Date.now()): boolean {
  if (now - holder.heartbeatAt.getTime() > STALE_AFTER_MS) return true;
  const here = holder.host === null || holder.host === thisHost();
  return here && holder.pid !== null && !processAlive(holder.pid);
}

/** A "running" run whose process is gone or whose heartbeat stopped. */
export function runIsStale(row: { pid: number | null; host: string | null; heartbeatAt: Date }): boolean {
  return holderGone(row);
}

function view(row: Awaited<ReturnType<PrismaClient['syncRun']['findFirstOrThrow']>>): SyncRunView {
  const stale = row.status === 'running' && runIsStale(row);
  return { ...row, status: row.status as SyncRunView['status'], params: JSON.parse(row.params) as Record<string, unknown>, errors: JSON.parse(row.errors) as SyncRunError[], stale };
}

/** The latest runs, newest first. */
export async function listSyncRuns(db: PrismaClient, limit = 20): Promise<SyncRunView[]> {
  return (await db.syncRun.findMany({ orderBy: { id: 'desc' }, take: limit })).map(view);
}

export async function getSyncRun(db: PrismaClient, id: number): Promise<SyncRunView | null> {
  const row = await db.syncRun.findUnique({ where: { id } });
  return row ? view(row) : null;
}

export type LockResult = { ok: true; runId: number } | { ok: false; runningRunId: number; message: string };

/**
 * Creates a run and takes the lock for it in one transaction, or refuses while another live run holds it.
 * A stale holder's run is marked failed. `adoptRunId`: a run created by `startSyncInBackground`, which holds
 * the lock on the child's behalf until the child takes it here.
 */
export async function startRun(db: PrismaClient, params: Record<string, unknown>, pid: number, adoptRunId?: number, cursor?: unknown): Promise<LockResult> {
  const writeLock = writeLockFor(db);
  const host = thisHost();
  return writeLock.retry(() =>
    db.$transaction(async (tx) => {
      await writeLock.take(tx);
      const lock = await tx.syncLock.findUnique({ where: { id: 1 } });
      const now = new Date();
      if (lock && lock.runId !== adoptRunId) {
        if (!holderGone(lock)) {
          const where = lock.host && lock.host !== host ? ` on ${lock.host}` : '';
          return { ok: false as const, runningRunId: lock.runId, message: `Sync run #${lock.runId} is already running (process ${lock.pid}${where}); only one sync runs at a time.` };
        }
        await tx.syncRun.updateMany({ where: { id: lock.runId, status: 'running' }, data: { status: 'failed', finishedAt: now, message: 'Interrupted: its process stopped (killed or crashed) before it finished.' } });
      }
      // Runs left "running" without the lock (their process died before taking it) are failed too.
      await tx.syncRun.updateMany({ where: { status: 'running', id: { not: adoptRunId ?? -1 }, heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } }, data: { status: 'failed', finishedAt: now, message: 'Interrupted: no heartbeat.' } });
      // A resumed plan starts at the cursor it resumes, so a kill before this run's first batch loses no ground.
      const fields = { pid, host, heartbeatAt: now, params: JSON.stringify(params), cursor: cursor ? JSON.stringify(cursor) : null };
      // An adopted run keeps what the admin page recorded (who started it, from where) beside the plan.
      const adopted = adoptRunId ? await tx.syncRun.findUnique({ where: { id: adoptRunId }, select: { params: true } }) : null;
      if (adopted) fields.params = JSON.stringify({ ...(JSON.parse(adopted.params) as Record<string, unknown>), ...params });
      const runId = adoptRunId
        ? (await tx.syncRun.update({ where: { id: adoptRunId }, data: fields, select: { id: true } })).id
        : (await tx.syncRun.create({ data: { status: 'running', ...fields }, select: { id: true } })).id;
      await tx.syncLock.upsert({ where: { id: 1 }, create: { id: 1, runId, pid, host, heartbeatAt: now }, update: { runId, pid, host, heartbeatAt: now } });
      return { ok: true as const, runId };
    }),
  );
}

/** Says the run is alive (and, optionally, what it is doing). */
export async function heartbeat(db: PrismaClient, runId: number, data: { phase?: string; total?: number | null } = {}): Promise<void> {
  const now = new Date();
  await db.$transaction([db.syncRun.update({ where: { id: runId }, data: { heartbeatAt: now, ...data } }), db.syncLock.updateMany({ where: { runId }, data: { heartbeatAt: now } })]);
}

/** Ends the run and releases the lock together. */
export async function finishRun(db: PrismaClient, runId: number, status: 'succeeded' | 'failed', message: string | null): Promise<void> {
  await db.$transaction([
    db.syncRun.update({ where: { id: runId }, data: { status, message, finishedAt: new Date(), phase: 'done' } }),
    db.syncLock.deleteMany({ where: { runId } }),
  ]);
}
