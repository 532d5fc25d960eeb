import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeSignal } from '../change-signal';
import { createTempPostgres, type TempPostgres } from '@/test/postgres-db';
import { postgresChangeSignal } from './postgres-change-signal';

/** Tables no anonymous page shows, written on every sign-in, limit check or sync heartbeat: no trigger. */
// search_change is written only by the triggers of tables that notify (the search's count cache).
const QUIET_TABLES = ['Account', 'Session', 'Verification', 'RateLimiterFlexible', 'SyncLock', '_prisma_migrations', 'rate_limits', 'search_change'];

/** Waits (at most `ms`) until `check` holds; false if it never did. */
async function eventually(check: () => boolean, ms = 3_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 10))) if (check()) return true;
  return check();
}

describe('the change signal on PostgreSQL (LISTEN/NOTIFY)', () => {
  let db: TempPostgres;
  // Two signals on one database: two app servers.
  let first: ChangeSignal;
  let second: ChangeSignal;
  const states: boolean[] = [];

  beforeAll(async () => {
    db = await createTempPostgres('answerable_signal');
    first = await postgresChangeSignal(db.url, { heartbeatMs: 2_000, minRetryMs: 50, maxRetryMs: 200, onState: (listening) => states.push(listening) });
    second = await postgresChangeSignal(db.url);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.cleanup();
  });

  it('stays the same while nothing is written, and moves on every app server after a commit', async () => {
    const [a, b] = [first.current(), second.current()];
    await new Promise((r) => setTimeout(r, 100));
    expect([first.current(), second.current()]).toEqual([a, b]);

    await db.prisma.department.create({ data: { name: 'Ministry of Signals', slug: 'ministry-of-signals', shortName: 'Signals' } });
    expect(await eventually(() => first.current() !== a && second.current() !== b)).toBe(true);
  });

  it('counts, once settled, every commit that finished before: at once, with no wait', async () => {
    for (let i = 0; i < 20; i++) {
      const before = await second.settled();
      await db.prisma.department.update({ where: { slug: 'ministry-of-signals' }, data: { shortName: `Signals ${i}` } });
      expect(await second.settled()).not.toBe(before);
      expect(await second.settled()).toBe(second.current());
    }
  });

  it('does not move for a rolled-back write, nor for sessions and limit counters', async () => {
    const before = await first.settled(); // every earlier test's commits heard
    await db.prisma
      .$transaction(async (tx) => {
        await tx.department.create({ data: { name: 'Never', slug: 'never', shortName: 'Never' } });
        throw new Error('roll back');
      })
      .catch(() => {});
    await db.prisma.rateLimiterFlexible.create({ data: { key: 'k', points: 1 } });
    // A later commit that does notify proves the earlier ones had their chance to arrive first.
    await new Promise((r) => setTimeout(r, 200));
    expect(first.current()).toBe(before);
    await db.prisma.department.update({ where: { slug: 'ministry-of-signals' }, data: { name: 'Ministry of Signals (renamed)' } });
    expect(await eventually(() => first.current() !== before)).toBe(true);
  });

  it('has a trigger on every table a page may show (a new table needs one in its migration)', async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ table: string; triggers: number }[]>(`
      SELECT c.relname AS "table", count(t.oid)::int AS "triggers"
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgname = c.relname || '_notify_change'
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      GROUP BY c.relname ORDER BY c.relname`);
    const missing = rows.filter((r) => r.triggers === 0 && !QUIET_TABLES.includes(r.table)).map((r) => r.table);
    expect(missing).toEqual([]);
    expect(rows.filter((r) => r.triggers > 0 && QUIET_TABLES.includes(r.table))).toEqual([]);
  });

  it('changes on every read while its connection is down, and listens again when it is back', async () => {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const before = await first.settled();
      // What a restart of PostgreSQL or a dropped connection does to the listener.
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'answerable change signal' AND datname = current_database()`);
      expect(await eventually(() => first.current() !== first.current())).toBe(true);
      expect(first.current()).not.toBe(before);
      // Back within the retry delays, stable again, and still hearing commits.
      expect(await eventually(() => first.current() === first.current())).toBe(true);
      expect(states).toContain(false); // it told of the loss...
      expect(states.at(-1)).toBe(true); // ...and of being back
      const back = first.current();
      await db.prisma.department.create({ data: { name: 'After the outage', slug: 'after-the-outage', shortName: 'Outage' } });
      expect(await eventually(() => first.current() !== back)).toBe(true);
    } finally {
      await admin.end();
    }
  });

  it('refuses to start with a message when the database cannot be reached', async () => {
    await expect(postgresChangeSignal('postgres://answerable:answerable@127.0.0.1:1/nowhere')).rejects.toThrow(/Cannot listen for changes on the PostgreSQL database .*Is DATABASE_URL right/);
  });
});
