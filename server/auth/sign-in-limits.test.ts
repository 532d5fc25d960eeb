import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';

// `npm start` runs one server process per core: a failed-sign-in limit counted in one process's memory
// would let each process allow its own five attempts. These processes share only the database file.
let db: TestDatabase;
let limits: typeof import('./sign-in-limits');
const root = path.resolve(import.meta.dirname, '../..');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    limits = await import('./sign-in-limits');
  });
  afterAll(() => db.cleanup());

  function startFailer(email: string, ip: string, count: number): { child: ChildProcess; ready: Promise<void>; done: Promise<void> } {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'test/record-failed-sign-ins.ts', email, ip, String(count)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    const seen = (word: string) =>
      new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes(word)) resolve();
        });
        child.on('exit', (code) => (out.includes(word) ? resolve() : reject(new Error(`child exited ${code} before "${word}"`))));
      });
    return { child, ready: seen('ready'), done: seen('done') };
  }

  describe('failed sign-ins are limited across server processes', () => {
    it('two processes failing at the same moment share one count: 3 + 2 failures block the next attempt', async () => {
      const email = 'target@example.org';
      const ip = '203.0.113.5';
      const a = startFailer(email, ip, 3);
      const b = startFailer(email, ip, 2);
      await Promise.all([a.ready, b.ready]);
      a.child.stdin!.write('go\n');
      b.child.stdin!.write('go\n');
      await Promise.all([a.done, b.done]);
      // Neither process alone reached five; together they did.
      const wait = await limits.signInBlockedFor(email, ip);
      expect(wait).toBeGreaterThan(14 * 60);
      expect(wait).toBeLessThanOrEqual(15 * 60);
      // Another address, and another email from this address, are not blocked by it.
      expect(await limits.signInBlockedFor(email, '198.51.100.1')).toBe(0);
      expect(await limits.signInBlockedFor('other@example.org', ip)).toBe(0);
    }, 60_000);

    it('four failures do not block; a success clears the run', async () => {
      const email = 'four@example.org';
      const ip = '203.0.113.6';
      for (let i = 0; i < 4; i++) await limits.recordFailedSignIn(email, ip);
      expect(await limits.signInBlockedFor(email, ip)).toBe(0);
      await limits.clearFailedSignIns(email, ip);
      for (let i = 0; i < 4; i++) await limits.recordFailedSignIn(email, ip);
      expect(await limits.signInBlockedFor(email, ip)).toBe(0);
      await limits.recordFailedSignIn(email, ip);
      expect(await limits.signInBlockedFor(email, ip)).toBeGreaterThan(0);
    });
  });
});
