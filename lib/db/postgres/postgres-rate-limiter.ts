import pg from 'pg';
import { RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Rate limits kept in PostgreSQL, so that a limit is one limit across every app server on the database
 * (issue 13): rate-limiter-flexible's RateLimiterPostgres on the UNLOGGED `rate_limits` table its migration
 * makes (prisma/postgresql/migrations/*_postgres_shared_limits), one upsert per count. The API's rate limit
 * and the fair sharing of searches and exports use it; failed sign-ins already count in the database
 * through Prisma (server/auth/sign-in-limits.ts).
 *
 * `insurance` answers while PostgreSQL does not (the library's insuranceLimiter): this server's own
 * counts, rather than refusing or waving through every reader.
 */
export const RATE_LIMIT_TABLE = 'rate_limits';

const globalForPool = globalThis as unknown as { answerableRateLimitPools?: Map<string, pg.Pool> };

/** One small pool per database per process: a count is one short statement. */
function poolFor(url: string): pg.Pool {
  const pools = (globalForPool.answerableRateLimitPools ??= new Map());
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000, application_name: 'answerable rate limits' });
    // An idle connection the server drops is replaced on the next count; it is not this process's end.
    pool.on('error', (error: Error) => console.error('Rate-limit connection lost:', error.message));
    pools.set(url, pool);
  }
  return pool;
}

export interface PostgresLimiterOptions {
  keyPrefix: string;
  points: number;
  durationS: number;
  insurance: RateLimiterAbstract;
}

export function postgresRateLimiter(url: string, options: PostgresLimiterOptions): RateLimiterAbstract {
  return new RateLimiterPostgres({
    storeClient: poolFor(url),
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: true,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationS,
    insuranceLimiter: options.insurance,
  });
}

/** Closes the pools (tests, scripts that end). */
export async function closeRateLimitPools(): Promise<void> {
  const pools = globalForPool.answerableRateLimitPools;
  if (!pools) return;
  globalForPool.answerableRateLimitPools = undefined;
  await Promise.all([...pools.values()].map((pool) => pool.end()));
}
