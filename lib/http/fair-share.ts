import type { IncomingMessage, ServerResponse } from 'node:http';
import cluster from 'node:cluster';
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { CLIENT_IP_HEADER } from './client-ip';
import type { FairSettings } from './fair-settings';
import type { NextHandler } from './page-cache';

/**
 * Fair sharing of the production server's costly work (scripts/serve.ts): a handful of clients
 * sending searches the page cache cannot answer, or full exports, would otherwise take every
 * process's time and leave readers waiting (issue 12). Each kind of work has a per-client limit on how
 * much may run at once, and exports a site-wide one too; a request over a limit is answered 429 with
 * Retry-After at once, before any rendering (lib/http/busy-response.ts), and a cached page is never
 * limited.
 *
 * The counts are concurrency gauges kept with rate-limiter-flexible, the library the API's rate limit
 * already uses (server/api/rate-limit.ts): a point is consumed when the work starts and given back
 * (rewarded) when its response closes, finished or abandoned. With several processes the points live
 * in the primary (RateLimiterClusterMaster) and every process asks it over the cluster's IPC channel,
 * so a limit is one limit whichever process a request lands on. Points also expire at the end of the
 * limiter's window, which starts with a client's first point (a minute for searches, FAIR_HOLD_S for
 * exports): a process that dies mid-request never gives its points back, and they return on their own.
 * The cost of that safety net is that work still running when its window ends is no longer counted, so
 * a client busy across the end of a window may briefly run up to twice its limit.
 */
export type Work = 'search' | 'export';

const EXPORT_PATHS = new Set(['/questions/export.csv', '/questions/export.json']);
/** Parameters that do not make a search: Next's client-router cache-buster, and the API's paging. */
const NOT_A_SEARCH = new Set(['_rsc', 'cursor', 'limit']);

/**
 * The costly work a request asks for, or null. Exports always; /api/v1/questions and any page address
 * with a search, filters, sort or page number in its query (a results page), as only those can miss the
 * cache in numbers: a plain address is one page, rendered once and then served from the cache.
 */
export function costlyWork(method: string | undefined, url: string | undefined): Work | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const target = url ?? '/';
  const mark = target.indexOf('?');
  const path = mark < 0 ? target : target.slice(0, mark);
  if (EXPORT_PATHS.has(path)) return 'export';
  if (path.startsWith('/_next/') || (path.startsWith('/api/') && path !== '/api/v1/questions')) return null;
  if (mark < 0) return null;
  for (const name of new URLSearchParams(target.slice(mark + 1)).keys()) if (!NOT_A_SEARCH.has(name)) return 'search';
  return null;
}

/** A count of work under way per key, with an upper limit. */
export interface Gauge {
  /** Counts one more for `key`: false when that would pass the limit (nothing is counted then). */
  take(key: string): Promise<boolean>;
  /** Counts one fewer for `key`. */
  give(key: string): Promise<void>;
}

/** A gauge kept by a rate-limiter-flexible limiter whose points are the limit and whose window is the hold time. */
export function limiterGauge(limiter: RateLimiterAbstract): Gauge {
  const unavailable = (error: unknown) => console.error('Fair-sharing limit unavailable:', error);
  async function give(key: string): Promise<void> {
    try {
      // Not below zero: after the window has expired, a reward would otherwise start a new window at -1
      // and let one more through.
      const current = await limiter.get(key);
      if (current && current.consumedPoints > 0) await limiter.reward(key);
    } catch (error) {
      unavailable(error);
    }
  }
  async function take(key: string): Promise<boolean> {
    try {
      await limiter.consume(key);
      return true;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // The primary did not answer (it is restarting): serve rather than refuse everyone.
        unavailable(error);
        return true;
      }
      // A refused consume still counted its point: give it back, so the gauge counts running work only.
      await give(key);
      return false;
    }
  }
  return { take, give };
}

/**
 * The limiter for a gauge: in a cluster worker (scripts/serve.ts with several processes) one that asks
 * the primary's RateLimiterClusterMaster, so every process shares the count; in a process serving
 * alone, memory in that process, which is then the whole count.
 */
/**
 * How long a worker waits for the primary's answer before serving anyway. Long: the answer usually
 * comes within a millisecond, but a worker busy with a long synchronous render reads it only afterwards,
 * and its timer fires first; with 2 s, work refused at the primary was let through as "no answer" under
 * exactly the load the limits are for (bench:abuse). The primary itself never restarts without its workers.
 */
const CLUSTER_TIMEOUT_MS = 30_000;

export const sharedLimiter: LimiterFactory = (keyPrefix, points, holdS) =>
  cluster.isWorker ? new RateLimiterCluster({ keyPrefix, points, duration: holdS, timeoutMs: CLUSTER_TIMEOUT_MS }) : new RateLimiterMemory({ keyPrefix, points, duration: holdS });

export interface Refusal {
  work: Work;
  /** Whose limit was reached: this client's, or the whole site's. */
  scope: 'client' | 'site';
  limit: number;
  retryAfterS: number;
}

/** How long a refused client is asked to wait: a search takes moments, an export longer. */
export const RETRY_AFTER_S: Record<Work, number> = { search: 2, export: 10 };

/** Makes the limiter behind one gauge: `points` at once, each counted for at most `holdS` seconds. */
export type LimiterFactory = (keyPrefix: string, points: number, holdS: number) => RateLimiterAbstract;

/**
 * A search's points are held for at most a minute (FAIR_HOLD_S is for exports, which may stream for
 * minutes to a slow client): a search stops at its deadline (SEARCH_DEADLINE_MS, seconds), and a
 * process that dies mid-search should not keep its clients' searches refused for long.
 */
const SEARCH_HOLD_S = 60;

export interface FairShare {
  /** Counts the start of `work` for `client`: a release to call when it is done, or why it is refused. */
  admit(work: Work, client: string): Promise<{ release: () => void } | { refused: Refusal }>;
  /**
   * `handler` for this reader's request, behind the limits: what the page cache calls when it cannot
   * answer from memory. Background renders the cache starts with other requests are not limited.
   */
  gate(req: IncomingMessage, handler: NextHandler, refuse: (req: IncomingMessage, res: ServerResponse, refusal: Refusal) => void): NextHandler;
}

export function createFairShare(settings: FairSettings, makeLimiter: LimiterFactory): FairShare {
  const gauge = (prefix: string, points: number, holdS: number) => (points > 0 ? { points, gauge: limiterGauge(makeLimiter(prefix, points, holdS)) } : null);
  const perClient: Record<Work, ReturnType<typeof gauge>> = {
    search: gauge('fair_search', settings.searchesPerClient, Math.min(settings.holdS, SEARCH_HOLD_S)),
    export: gauge('fair_export', settings.exportsPerClient, settings.holdS),
  };
  const site = gauge('fair_export_site', settings.exportsSite, settings.holdS);
  const SITE = 'site';

  async function admit(work: Work, client: string): Promise<{ release: () => void } | { refused: Refusal }> {
    const mine = perClient[work];
    const retryAfterS = RETRY_AFTER_S[work];
    if (mine && !(await mine.gauge.take(client))) return { refused: { work, scope: 'client', limit: mine.points, retryAfterS } };
    const shared = work === 'export' ? site : null;
    if (shared && !(await shared.gauge.take(SITE))) {
      if (mine) await mine.gauge.give(client);
      return { refused: { work, scope: 'site', limit: shared.points, retryAfterS } };
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        if (mine) void mine.gauge.give(client);
        if (shared) void shared.gauge.give(SITE);
      },
    };
  }

  return {
    admit,
    gate(req, handler, refuse) {
      const work = costlyWork(req.method, req.url);
      if (!work || (!perClient[work] && !(work === 'export' && site))) return handler;
      const client = String(req.headers[CLIENT_IP_HEADER] ?? req.socket.remoteAddress ?? 'unknown');
      return async (q, s) => {
        if (q !== req) return handler(q, s);
        const admission = await admit(work, client);
        if ('refused' in admission) return refuse(q, s, admission.refused);
        // 'close' comes once the response is over, sent in full or abandoned by the client.
        s.once('close', admission.release);
        if (s.destroyed) admission.release();
        return handler(q, s);
      };
    },
  };
}
