import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { closeRateLimitPools } from '@/lib/db/postgres/postgres-rate-limiter';
import { createTempPostgres, type TempPostgres } from '@/test/postgres-db';
import { createFairShare, type LimiterFactory } from './fair-share';
import { readFairSettings } from './fair-settings';
import { limiterFactoryFor } from './shared-limits';

/** What one app server counts in by itself: its own memory (its cluster's primary, in production). */
const ownMemory: LimiterFactory = (keyPrefix, points, holdS) => new RateLimiterMemory({ keyPrefix, points, duration: holdS });

const settings = readFairSettings({ FAIR_SEARCHES_PER_CLIENT: '1', FAIR_EXPORTS_PER_CLIENT: '1', FAIR_EXPORTS_SITE: '2' });

describe('limits shared by app servers on one PostgreSQL database', () => {
  let db: TempPostgres;
  beforeAll(async () => {
    db = await createTempPostgres('answerable_limits');
  });
  afterAll(async () => {
    await closeRateLimitPools();
    await db?.cleanup();
  });

  it("counts a client's searches and the site's exports once, whichever server they reach", async () => {
    const target = parseDatabaseUrl(db.url);
    // Two app servers: each its own limiters, its own memory, one database.
    const one = createFairShare(settings, limiterFactoryFor(target, ownMemory));
    const two = createFairShare(settings, limiterFactoryFor(target, ownMemory));

    const search = await one.admit('search', '192.0.2.1');
    expect(search).toHaveProperty('release');
    expect(await two.admit('search', '192.0.2.1')).toMatchObject({ refused: { work: 'search', scope: 'client', limit: 1 } });
    expect(await two.admit('search', '192.0.2.2')).toHaveProperty('release');
    if ('release' in search) search.release();
    await expect.poll(async () => await two.admit('search', '192.0.2.1'), { timeout: 2_000 }).toHaveProperty('release');

    expect(await one.admit('export', '192.0.2.10')).toHaveProperty('release');
    expect(await two.admit('export', '192.0.2.11')).toHaveProperty('release');
    expect(await one.admit('export', '192.0.2.12')).toMatchObject({ refused: { work: 'export', scope: 'site', limit: 2 } });

    const rows = await db.prisma.$queryRawUnsafe<{ key: string }[]>('SELECT key FROM rate_limits ORDER BY key');
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(['fair_search:192.0.2.1', 'fair_export:192.0.2.10']));
  });

  it('counts the API rate limit in the database, and in memory while the database does not answer', async () => {
    const make = limiterFactoryFor(parseDatabaseUrl(db.url), ownMemory);
    const [a, b] = [make('api_v1', 2, 60), make('api_v1', 2, 60)];
    await a.consume('198.51.100.1');
    await b.consume('198.51.100.1');
    await expect(a.consume('198.51.100.1')).rejects.toMatchObject({ remainingPoints: 0 });

    const down = limiterFactoryFor(parseDatabaseUrl('postgres://answerable:answerable@127.0.0.1:1/nowhere'), ownMemory)('api_v1', 1, 60);
    await expect(down.consume('198.51.100.2')).resolves.toMatchObject({ remainingPoints: 0 });
    await expect(down.consume('198.51.100.2')).rejects.toMatchObject({ remainingPoints: 0 });
  });
});
