import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { byDialect, databaseTarget, type DatabaseTarget } from '../db/database-url';
import { postgresRateLimiter } from '../db/postgres/postgres-rate-limiter';
import { sharedLimiter, type LimiterFactory } from './fair-share';

/**
 * Where the server's limits count (the API's rate limit, fair sharing of searches and exports), chosen
 * by the database. On SQLite there is one machine: the cluster's primary holds the counts for every
 * process (RateLimiterCluster; a database counter would turn every read into a write competing with
 * staff saves for SQLite's one writer). On PostgreSQL several app servers may share the database, so the
 * counts live in it (lib/db/postgres/postgres-rate-limiter.ts), with the primary's counts as insurance
 * while PostgreSQL does not answer.
 */
export function limiterFactoryFor(target: DatabaseTarget = databaseTarget(), local: LimiterFactory = sharedLimiter): LimiterFactory {
  return byDialect<LimiterFactory>(target, {
    sqlite: () => local,
    postgresql: ({ url }) =>
      (keyPrefix: string, points: number, holdS: number): RateLimiterAbstract =>
        postgresRateLimiter(url, { keyPrefix, points, durationS: holdS, insurance: local(keyPrefix, points, holdS) }),
  });
}
