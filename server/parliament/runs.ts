/**
 * Sync runs and the one-at-a-time lock. A run is a SyncRun row updated as it goes (its progress commits
 * with each batch: server/parliament/write-batch.ts); the lock is the SyncLock row naming the run that holds
 * it. A lock is stale, and taken over, when its holder's process is gone (this machine) or its heartbeat is
 * older than STALE_AFTER_MS (a hung process, or one on another machine), e.g. after `kill -9`.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { withWriteLockRetry, takeWriteLock } from '@/server/writes/sqlite-write-lock';

export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 120_000;
const MAX_ERRORS = 500;

export interface SyncRunError {
  id: string;
  reason: string;
}

export interface SyncRunView {
  id: number;
  status: 'running' | 'succeeded' | 'failed';
  params: Record<string, unknown>;
  pid: number | null;
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

const isStale = (lock: { pid: number; heartbeatAt: Date }, now = Date.now()) => !processAlive(lock.pid) || now - lock.heartbeatAt.getTime() > STALE_AFTER_MS;

/** A "running" run whose process is gone or whose heartbeat stopped. */
export function runIsStale(row: { pid: number | null; heartbeatAt: Date }): boolean {
  return row.pid === null ? Date.now() - row.heartbeatAt.getTime() > STALE_AFTER_MS : isStale({ pid: row.pid, heartbeatAt: row.heartbeatAt });
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
  return withWriteLockRetry(() =>
    db.$transaction(async (tx) => {
      await takeWriteLock(tx);
      const lock = await tx.syncLock.findUnique({ where: { id: 1 } });
      const now = new Date();
      if (lock && lock.runId !== adoptRunId) {
        if (!isStale(lock)) return { ok: false as const, runningRunId: lock.runId, message: `Sync run #${lock.runId} is already running (process ${lock.pid}); only one sync runs at a time.` };
        await tx.syncRun.updateMany({ where: { id: lock.runId, status: 'running' }, data: { status: 'failed', finishedAt: now, message: 'Interrupted: its process stopped (killed or crashed) before it finished.' } });
      }
      // Runs left "running" without the lock (their process died before taking it) are failed too.
      await tx.syncRun.updateMany({ where: { status: 'running', id: { not: adoptRunId ?? -1 }, heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } }, data: { status: 'failed', finishedAt: now, message: 'Interrupted: no heartbeat.' } });
      // A resumed plan starts at the cursor it resumes, so a kill before this run's first batch loses no ground.
      const fields = { pid, heartbeatAt: now, params: JSON.stringify(params), cursor: cursor ? JSON.stringify(cursor) : null };
      // An adopted run keeps what the admin page recorded (who started it, from where) beside the plan.
      const adopted = adoptRunId ? await tx.syncRun.findUnique({ where: { id: adoptRunId }, select: { params: true } }) : null;
      if (adopted) fields.params = JSON.stringify({ ...(JSON.parse(adopted.params) as Record<string, unknown>), ...params });
      const runId = adoptRunId
        ? (await tx.syncRun.update({ where: { id: adoptRunId }, data: fields, select: { id: true } })).id
        : (await tx.syncRun.create({ data: { status: 'running', ...fields }, select: { id: true } })).id;
      await tx.syncLock.upsert({ where: { id: 1 }, create: { id: 1, runId, pid, heartbeatAt: now }, update: { runId, pid, heartbeatAt: now } });
      return { ok: true as const, runId };
    }),
  );
}

/** Says the run is alive (and, optionally, what it is doing). */
export async function heartbeat(db: PrismaClient, runId: number, data: { phase?: string; total?: number | null } = {}): Promise<void> {
  const now = new Date();
  await db.$transaction([db.syncRun.update({ where: { id: runId }, data: { heartbeatAt: now, ...data } }), db.syncLock.updateMany({ where: { runId }, data: { heartbeatAt: now } })]);
}

/** Adds errors (rejected records, failed requests) to the run's list, keeping the first MAX_ERRORS. */
export async function appendRunErrors(db: PrismaClient, runId: number, errors: SyncRunError[]): Promise<void> {
  if (!errors.length) return;
  const run = await db.syncRun.findUniqueOrThrow({ where: { id: runId }, select: { errors: true } });
  const list = (JSON.parse(run.errors) as SyncRunError[]).concat(errors).slice(0, MAX_ERRORS);
  await db.syncRun.update({ where: { id: runId }, data: { errors: JSON.stringify(list) } });
}

/** Ends the run and releases the lock together. */
export async function finishRun(db: PrismaClient, runId: number, status: 'succeeded' | 'failed', message: string | null): Promise<void> {
  await db.$transaction([
    db.syncRun.update({ where: { id: runId }, data: { status, message, finishedAt: new Date(), phase: 'done' } }),
    db.syncLock.deleteMany({ where: { runId } }),
  ]);
}
