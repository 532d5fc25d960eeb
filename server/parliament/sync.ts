/**
 * One sync run: plans its steps, pages through the Written Questions API and writes each page as one batch
 * (server/parliament/write-batch.ts), with the next pages fetched and prepared on a worker thread
 * (server/parliament/sync-source.ts) while the current one is written. The plan and the cursor are stored
 * on the run, so `npm run sync` without dates after an interrupted run carries out the same plan from the
 * last committed batch.
 *
 * Incremental runs (no --from) list from the last high-water mark (less a day), list what was answered or
 * corrected since the last successful run (less two days: the API lags the website), then re-poll every stored
 * question still awaiting an answer or holding one.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { addDays } from 'date-fns';
import { toIsoDate } from '@/lib/dates';
import type { ApiQuestion } from '@/lib/parliament/schemas';
import type { SyncParams } from '@/lib/parliament/sync-params';
import type { ListFilters, ParliamentClient } from './client';
import { References } from './references';
import { finishRun, heartbeat, HEARTBEAT_MS, runIsStale, startRun, type SyncRunError } from './runs';
import { SyncSource, type PreparedPage } from './sync-source';
import { writeBatch, type BatchCounts, type PreparedRecord } from './write-batch';

export type SyncStep = { kind: 'list'; label: string; filters: ListFilters } | { kind: 'repoll'; label: string; house?: 'COMMONS' | 'LORDS'; department?: number };
export interface SyncPlan {
  steps: SyncStep[];
  pageSize: number;
  resumedFrom?: number;
}
interface Cursor {
  step: number;
  skip?: number;
  afterId?: number;
}

export interface SyncReporter {
  step(label: string, total: number | null): void;
  progress(done: number, total: number | null, counts: RunTotals): void;
  log(message: string): void;
}

export interface RunTotals extends BatchCounts {
  rejected: number;
  done: number;
  /** The longest batch transaction, lock wait included (ms): readers' latency depends on it staying short. */
  longestBatchMs: number;
}

export type SyncOutcome =
  | { status: 'succeeded' | 'failed'; runId: number; totals: RunTotals; errors: SyncRunError[]; message: string | null }
  | { status: 'refused'; message: string }
  | { status: 'invalid'; message: string };

/** Pages fetched and prepared ahead of the one being written. */
const PREFETCH_PAGES = 3;
/** Re-polled questions whose answers may have arrived later: this far back from the last run's start. */
const SAFETY_MARGIN_DAYS = 2;

/** The steps of a run with these params, or a message when there is nothing to continue from. */
export async function planSync(db: PrismaClient, params: SyncParams, excludeRunId?: number): Promise<{ plan: SyncPlan; cursor: Cursor | null } | { error: string }> {
  const house: ListFilters['house'] = params.house === 'lords' ? 'Lords' : params.house === 'commons' ? 'Commons' : undefined;
  const bodies = params.department ? [params.department] : undefined;
  if (params.from) {
    const filters: ListFilters = { tabledWhenFrom: params.from, tabledWhenTo: params.to, house, answeringBodies: bodies };
    return { plan: { pageSize: params.pageSize, steps: [{ kind: 'list', label: `tabled from ${params.from}${params.to ? ` to ${params.to}` : ''}`, filters }] }, cursor: null };
  }
  // The latest run, if it stopped before finishing (failed, or still "running" with its process gone), is
  // carried on: same plan, from its last committed batch.
  const last = await db.syncRun.findFirst({ where: { id: { not: excludeRunId ?? -1 } }, orderBy: { id: 'desc' } });
  if (last && (last.status === 'failed' || (last.status === 'running' && runIsStale(last)))) {
    const plan = JSON.parse(last.params) as { plan?: SyncPlan };
    if (plan.plan) return { plan: { ...plan.plan, resumedFrom: last.id }, cursor: last.cursor ? (JSON.parse(last.cursor) as Cursor) : { step: 0 } };
  }
  const agg = await db.syncRun.aggregate({ _max: { highWaterMark: true } });
  const stored = await db.question.aggregate({ where: { parliamentId: { not: null } }, _max: { dateTabled: true }, _min: { dateTabled: true } });
  const highWater = agg._max.highWaterMark ?? stored._max.dateTabled;
  if (!highWater) return { error: 'No earlier sync to continue from: run `npm run sync -- --from YYYY-MM-DD` first.' };
  const lastSuccess = await db.syncRun.findFirst({ where: { status: 'succeeded' }, orderBy: { id: 'desc' }, select: { startedAt: true } });
  const since = toIsoDate(addDays(lastSuccess?.startedAt ?? highWater, -SAFETY_MARGIN_DAYS));
  // The date anchor the live API needs on every filtered list: the oldest question stored.
  const anchor = toIsoDate(stored._min.dateTabled ?? addDays(highWater, -365));
  const from = toIsoDate(addDays(highWater, -1));
  const common = { house, answeringBodies: bodies };
  return {
    plan: {
      pageSize: params.pageSize,
      steps: [
        { kind: 'list', label: `tabled from ${from}`, filters: { tabledWhenFrom: from, ...common } },
        { kind: 'list', label: `answered since ${since}`, filters: { tabledWhenFrom: anchor, answeredWhenFrom: since, ...common } },
        { kind: 'list', label: `corrected since ${since}`, filters: { tabledWhenFrom: anchor, correctedWhenFrom: since, ...common } },
        { kind: 'repoll', label: 're-polling questions awaiting an answer', house: params.house === 'lords' ? 'LORDS' : params.house === 'commons' ? 'COMMONS' : undefined, department: params.department },
      ],
    },
    cursor: null,
  };
}

export interface SyncOptions {
  db: PrismaClient;
  client: ParliamentClient;
  params: SyncParams;
  reporter: SyncReporter;
  /** A run created by startSyncInBackground for this process to carry out. */
  adoptRunId?: number;
}

export async function runSync({ db, client, params, reporter, adoptRunId }: SyncOptions): Promise<SyncOutcome> {
  const planned = await planSync(db, params, adoptRunId);
  if ('error' in planned) {
    // A run started from the admin page exists already: it ends with the reason, not "running" forever.
    if (adoptRunId) await finishRun(db, adoptRunId, 'failed', planned.error);
    return { status: 'invalid', message: planned.error };
  }
  const { plan, cursor } = planned;
  // Started before the lock is taken: a database the sync cannot write fails here, holding nothing.
  const source = new SyncSource(db, client);
  const lock = await startRun(db, { ...params, plan }, process.pid, adoptRunId, cursor).catch(async (error: unknown) => {
    await source.close();
    throw error;
  });
  if (!lock.ok) {
    await source.close();
    return { status: 'refused', message: lock.message };
  }
  const runId = lock.runId;
  if (plan.resumedFrom) reporter.log(`Resuming the plan of interrupted run #${plan.resumedFrom} from its last committed batch.`);
  const totals: RunTotals = { created: 0, updated: 0, unchanged: 0, rejected: 0, done: 0, longestBatchMs: 0 };
  const errors: SyncRunError[] = [];
  const seen = new Set<number>();
  const refs = new References(source);
  const beat = setInterval(() => void heartbeat(db, runId).catch(() => {}), HEARTBEAT_MS);
  beat.unref();

  // Fetching and preparing happen on a worker thread; members it fetched before the write transaction.
  const withMembers = async <T extends { items: PreparedRecord[] }>(batch: T): Promise<T> => {
    await refs.prefetchMembers(batch.items.flatMap(({ record: r }) => [r.askingMemberId, r.answeringMemberId, r.correctingMemberId].filter((id): id is number => !!id)));
    return batch;
  };

  const write = async (batch: { items: PreparedRecord[]; rejected: SyncRunError[] }, done: number, next: Cursor) => {
    const started = performance.now();
    const counts = await writeBatch(db, refs, batch.items, { runId, done, rejected: batch.rejected.length, errors: batch.rejected, cursor: next });
    totals.longestBatchMs = Math.max(totals.longestBatchMs, performance.now() - started);
    for (const item of batch.items) seen.add(item.record.id);
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
    const rejected = [...batch.rejected, ...counts.rejected];
    totals.rejected += rejected.length;
    totals.done += done;
    errors.push(...rejected);
    for (const r of rejected) reporter.log(`Rejected ${r.id}: ${r.reason}`);
  };

  try {
    await refs.load(db, (m) => reporter.log(`Warning: ${m}`));
    for (let index = cursor?.step ?? 0; index < plan.steps.length; index++) {
      const step = plan.steps[index]!;
      const resume = cursor && cursor.step === index ? cursor : null;
      await heartbeat(db, runId, { phase: step.label });
      if (step.kind === 'list') {
        const take = plan.pageSize;
        const fetchPage = async (skip: number): Promise<PreparedPage> => withMembers(await source.page(step.filters, skip, take));
        let skip = resume?.skip ?? 0;
        const queue: { skip: number; promise: Promise<PreparedPage> }[] = [{ skip, promise: fetchPage(skip) }];
        let total: number | null = null;
        while (queue.length) {
          const { skip: at, promise } = queue.shift()!;
          const page = await promise;
          if (total === null) {
            total = page.totalResults;
            reporter.step(step.label, Math.max(0, total - at));
            await heartbeat(db, runId, { total: totals.done + Math.max(0, total - at) });
          }
          // Keep the next pages coming while this one is written.
          skip = Math.max(skip, at + take);
          while (queue.length < PREFETCH_PAGES && skip < page.totalResults) {
            queue.push({ skip, promise: fetchPage(skip) });
            skip += take;
          }
          await write(page, page.count, { step: index, skip: at + page.count < page.totalResults && page.count > 0 ? at + take : page.totalResults });
          reporter.progress(totals.done, null, totals);
          if (page.count === 0) break;
        }
        // Pages fetched ahead but not written (the list shrank): let them settle quietly.
        for (const q of queue) q.promise.catch(() => {});
      } else {
        let afterId = resume?.afterId ?? 0;
        const where = { parliamentId: { not: null }, state: { in: ['AWAITING' as const, 'HOLDING' as const] }, ...(step.house ? { house: step.house } : {}), ...(step.department ? { department: { parliamentId: step.department } } : {}) };
        const remaining = await db.question.count({ where: { ...where, id: { gt: afterId } } });
        reporter.step(step.label, remaining);
        for (;;) {
          const due = await db.question.findMany({ where: { ...where, id: { gt: afterId } }, orderBy: { id: 'asc' }, take: plan.pageSize, select: { id: true, parliamentId: true } });
          if (!due.length) break;
          afterId = due.at(-1)!.id;
          const fresh = due.filter((q) => !seen.has(q.parliamentId!));
          const prepared = await withMembers(await source.questions(fresh.map((q) => q.parliamentId!)));
          await write(prepared, due.length, { step: index, afterId });
          reporter.progress(totals.done, null, totals);
        }
      }
    }
    const message = plan.resumedFrom ? `Completed the plan of interrupted run #${plan.resumedFrom}.` : null;
    await finishRun(db, runId, 'succeeded', message);
    return { status: 'succeeded', runId, totals, errors, message };
  } catch (error) {
    const message = `Stopped: ${(error as Error)?.message ?? String(error)}. Everything up to the last batch is saved; \`npm run sync\` continues from there.`;
    await finishRun(db, runId, 'failed', message).catch(() => {});
    return { status: 'failed', runId, totals, errors, message };
  } finally {
    clearInterval(beat);
    await source.close();
  }
}

export type { ApiQuestion };
