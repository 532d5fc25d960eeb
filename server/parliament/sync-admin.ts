import 'server-only';
/**
 * What the admin page needs from the sync: past and current runs, and starting one. A run started here is
 * the CLI (`scripts/sync.ts`) in a detached process of its own, so it outlives the request and the page
 * server's restarts; this process creates its run record and holds the lock for it until the child takes
 * both over (`--run-id`). Its output goes to `sync-logs/run-<id>.log` beside the database file.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { byDialect, databaseTarget } from '@/lib/db/database-url';
import { syncParamsSchema, type SyncParamsInput } from '@/lib/parliament/sync-params';
import { SYNC_NODE_ARGS } from '@/lib/parliament/sync-process';
import { prisma } from '@/server/db';
import { finishRun, getSyncRun as getRun, listSyncRuns as listRuns, startRun, type SyncRunView } from './runs';

export type { SyncRunView, SyncRunError } from './runs';

/** The latest runs, newest first (status, params, counts, progress, errors, heartbeat). */
export function listSyncRuns(limit = 20): Promise<SyncRunView[]> {
  return listRuns(prisma, limit);
}

export function getSyncRun(id: number): Promise<SyncRunView | null> {
  return getRun(prisma, id);
}

export type StartResult = { ok: true; runId: number } | { ok: false; message: string; runningRunId?: number };

/**
 * Starts a sync in the background with these params (`from`, `to`, `house`, `department`; none: continue
 * from the last run), naming who started it in the run's record. Refuses with a message while another sync
 * runs, or when the params are invalid.
 */
export async function startSyncInBackground(input: Omit<SyncParamsInput, 'every'>, startedBy?: string): Promise<StartResult> {
  const parsed = syncParamsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const params = parsed.data;
  const lock = await startRun(prisma, { ...params, startedFrom: 'admin', ...(startedBy ? { startedBy } : {}) }, process.pid);
  if (!lock.ok) return { ok: false, message: lock.message, runningRunId: lock.runningRunId };
  const args = ['--run-id', String(lock.runId), '--page-size', String(params.pageSize)];
  if (params.from) args.push('--from', params.from);
  if (params.to) args.push('--to', params.to);
  if (params.house) args.push('--house', params.house);
  if (params.department) args.push('--department', String(params.department));
  const target = databaseTarget();
  // Beside the SQLite file, or in the project's data/ folder when the database is PostgreSQL.
  const dataDir = byDialect(target, { sqlite: ({ file }) => path.dirname(file), postgresql: () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'data') });
  const logDir = path.join(dataDir, 'sync-logs');
  try {
    mkdirSync(logDir, { recursive: true });
    const log = openSync(path.join(logDir, `run-${lock.runId}.log`), 'a');
    const child = spawn(process.execPath, [...SYNC_NODE_ARGS, path.join('scripts', 'sync.ts'), ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: target.url },
      detached: true,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child.on('error', (error) => void finishRun(prisma, lock.runId, 'failed', `Could not start the sync: ${error.message}`).catch(() => {}));
    child.unref();
    return { ok: true, runId: lock.runId };
  } catch (error) {
    await finishRun(prisma, lock.runId, 'failed', `Could not start the sync: ${(error as Error).message}`);
    return { ok: false, message: `Could not start the sync: ${(error as Error).message}` };
  }
}
