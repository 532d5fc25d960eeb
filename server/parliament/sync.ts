/**
 * One sync run: plans its steps, pages through the Written Questions API and writes each page as one batch
 * (server/parliament/write-batch.ts), with the next page fetched and prepared while the current one is
 * written. The plan and the cursor are stored on the run, so `npm run sync` without dates after an
 * interrupted run carries out the same plan from the last committed batch.
 *
 * Incremental runs (no --from) list from the last high-water mark (less a day), list what was answered or
 * corrected since the last successful run (less two days: the API lags the website), then re-poll every stored
 * question still awaiting an answer or holding one.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { addDays } from 'date-fns';
import { toIsoDate } from '@/lib/dates';
import { looksTruncated, recordHash } from '@/lib/parliament/map-question';
import { apiQuestionSchema, describeIssues, type ApiQuestion } from '@/lib/parliament/schemas';
import type { SyncParams } from '@/lib/parliament/sync-params';
import type { ListFilters, ParliamentClient } from './client';
import { References } from './references';
import { finishRun, heartbeat, HEARTBEAT_MS, runIsStale, startRun, type SyncRunError } from './runs';
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

/** Fewer than this many changed records in a row re-fetch their full text one at a time anyway. */
const PREFETCH_PAGES = 3;
/** Re-polled questions whose answers may have arrived later: this far back from the last run's start. */
const SAFETY_MARGIN_DAYS = 2;

/** A record reduced for the unchanged check: texts cut short, as the list endpoint and a re-poll agree on. */
function hashView(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const field of ['questionText', 'answerText', 'originalAnswerText', 'comparableAnswerText']) {
    const v = out[field];
    if (typeof v === 'string' && v.length > 200) out[field] = v.slice(0, 200);
  }
  for (const field of ['askingMember', 'answeringMember', 'correctingMember']) delete out[field];
  return out;
}
export const listHashOf = (record: unknown) => recordHash(record && typeof record === 'object' ? hashView(record as Record<string, unknown>) : record);

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

interface Prepared {
  items: PreparedRecord[];
  rejected: SyncRunError[];
  count: number;
  totalResults: number;
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
  const lock = await startRun(db, { ...params, plan }, process.pid, adoptRunId, cursor);
  if (!lock.ok) return { status: 'refused', message: lock.message };
  const runId = lock.runId;
  if (plan.resumedFrom) reporter.log(`Resuming the plan of interrupted run #${plan.resumedFrom} from its last committed batch.`);
  const totals: RunTotals = { created: 0, updated: 0, unchanged: 0, rejected: 0, done: 0, longestBatchMs: 0 };
  const errors: SyncRunError[] = [];
  const seen = new Set<number>();
  const refs = new References(client);
  const beat = setInterval(() => void heartbeat(db, runId).catch(() => {}), HEARTBEAT_MS);
  beat.unref();

  const prepare = async (raws: unknown[], base: number): Promise<{ items: PreparedRecord[]; rejected: SyncRunError[] }> => {
    const rejected: SyncRunError[] = [];
    const parsed: PreparedRecord[] = [];
    raws.forEach((raw, i) => {
      const result = apiQuestionSchema.safeParse(raw);
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (result.success) parsed.push({ record: result.data, listHash: listHashOf(raw) });
      else rejected.push({ id: typeof rawId === 'number' || typeof rawId === 'string' ? String(rawId) : `record ${base + i + 1} of the list`, reason: describeIssues(result.error) });
    });
    // Only new or changed records need their full text: an unchanged list record means nothing to write.
    const stored = new Map((await db.parliamentQuestionRecord.findMany({ where: { parliamentId: { in: parsed.map((p) => p.record.id) } }, select: { parliamentId: true, listHash: true } })).map((s) => [s.parliamentId, s.listHash]));
    const changed = parsed.filter((p) => stored.get(p.record.id) !== p.listHash);
    const items: PreparedRecord[] = parsed.filter((p) => stored.get(p.record.id) === p.listHash);
    await Promise.all(
      changed.map(async (p) => {
        if (!looksTruncated(p.record)) return items.push(p);
        const full = await client.getQuestion(p.record.id);
        if (full === null) return rejected.push({ id: String(p.record.id), reason: 'listed, but the per-question endpoint no longer has it (404)' });
        const result = apiQuestionSchema.safeParse(full);
        if (!result.success) return rejected.push({ id: String(p.record.id), reason: `full record: ${describeIssues(result.error)}` });
        items.push({ record: result.data, listHash: p.listHash });
      }),
    );
    await refs.prefetchMembers(items.flatMap(({ record: r }) => [r.askingMemberId, r.answeringMemberId, r.correctingMemberId].filter((id): id is number => !!id)));
    return { items, rejected };
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
        const fetchPage = async (skip: number): Promise<Prepared> => {
          const page = await client.listQuestions(step.filters, skip, take);
          const prepared = await prepare(page.results, skip);
          return { ...prepared, count: page.results.length, totalResults: page.totalResults };
        };
        let skip = resume?.skip ?? 0;
        const queue: { skip: number; promise: Promise<Prepared> }[] = [{ skip, promise: fetchPage(skip) }];
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
          const raws = (await Promise.all(fresh.map((q) => client.getQuestion(q.parliamentId!)))).filter((r) => r !== null);
          const prepared = await prepare(raws, 0);
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
  }
}

export type { ApiQuestion };
