import 'server-only';
import cluster from 'node:cluster';
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { readApiSettings } from '@/lib/api/settings';
import { databaseTarget } from '@/lib/db/database-url';
import { limiterFactoryFor } from '@/lib/http/shared-limits';

/**
 * The per-address limit on /api/v1 (rate-limiter-flexible). The production server (scripts/serve.ts)
 * runs one process per core with node:cluster, so the counters live in the primary process
 * (RateLimiterClusterMaster, started there) and each worker asks it over the cluster's IPC channel
 * (RateLimiterCluster): one shared count per address, at the cost of one local message per request —
 * no disk write, unlike a database-backed limiter (RateLimiterPrisma, as failed sign-ins use), which
 * would turn every read of the API into a write transaction competing with staff saves for SQLite's
 * single writer. A process that is not a cluster worker (next dev, next start, a single-process
 * server, tests) is the only process serving, so memory in that process is the shared count.
 * On PostgreSQL, where several app servers may share the database, the count is in the database
 * (lib/http/shared-limits.ts), with the above as insurance while it does not answer.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (Retry-After when refused). */
  resetS: number;
}

const globalForLimit = globalThis as unknown as { answerableApiLimiter?: RateLimiterAbstract | null };

function limiter(): RateLimiterAbstract | null {
  if (globalForLimit.answerableApiLimiter !== undefined) return globalForLimit.answerableApiLimiter;
  const { rateLimit, rateWindowS } = readApiSettings();
  const local = (keyPrefix: string, points: number, duration: number) =>
    cluster.isWorker ? new RateLimiterCluster({ keyPrefix, points, duration, timeoutMs: 2000 }) : new RateLimiterMemory({ keyPrefix, points, duration });
  globalForLimit.answerableApiLimiter = rateLimit === 0 ? null : limiterFactoryFor(databaseTarget(), local)('api_v1', rateLimit, rateWindowS);
  return globalForLimit.answerableApiLimiter;
}

/** Counts one request from `address`. */
export async function consumeApiRequest(address: string): Promise<RateDecision | null> {
  const active = limiter();
  if (!active) return null;
  const decide = (res: RateLimiterRes, allowed: boolean): RateDecision => ({
    allowed,
    limit: active.points,
    remaining: Math.max(0, res.remainingPoints),
    resetS: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  try {
    return decide(await active.consume(address), true);
  } catch (error) {
    if (error instanceof RateLimiterRes) return decide(error, false);
    // The primary did not answer (it is restarting): serve rather than refuse everyone.
    console.error('API rate limit unavailable:', error);
    return null;
  }
}
