/**
 * Crash safety, the hard way: the real CLI (`npm run sync`) in its own process, killed with SIGKILL at several
 * points (starting up, after the first batches, mid-run), then `npm run sync` without dates until it
 * completes. Nothing may be duplicated or lost, and a further run must change nothing.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVersionsOf } from '@/lib/parliament/map-question';
import { apiQuestionSchema } from '@/lib/parliament/schemas';
import { syntheticMembers, syntheticQuestions } from '@/test/parliament-fixture/records';
import { ParliamentFixture, type FixtureUrls } from '@/test/parliament-fixture/server';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';

const COUNT = 1_200;
const root = path.resolve(import.meta.dirname, '../..');
let db: TestDatabase;
let fixture: ParliamentFixture;
let urls: FixtureUrls;

// On each database: a killed process's connection is dropped mid-transaction, which must roll back alone.
describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = new ParliamentFixture();
    fixture.logRequests = false;
    fixture.setQuestions(syntheticQuestions(COUNT));
    fixture.setMembers(syntheticMembers());
    urls = await fixture.start();
  });
  afterAll(async () => {
    await fixture.close();
    await db.cleanup();
  });

  /** Runs the CLI; kills it with SIGKILL once `killWhen` says so (checked every 10 ms). Resolves with its exit. */
  function cli(args: string[], killWhen?: (elapsedMs: number) => Promise<boolean>): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
    const child = spawn('node', ['--import', 'tsx', '--conditions=react-server', 'scripts/sync.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, PARLIAMENT_QUESTIONS_API_URL: urls.questionsUrl, PARLIAMENT_MEMBERS_API_URL: urls.membersUrl, PARLIAMENT_API_RETRY_MS: '10' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    if (killWhen) {
      const check = async () => {
        if (child.exitCode !== null) return;
        if (await killWhen(Date.now() - started)) child.kill('SIGKILL');
        else timer = setTimeout(check, 10);
      };
      timer = setTimeout(check, 10);
    }
    return new Promise((resolve) => child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    }));
  }

  const written = async () => (await db.prisma.syncRun.aggregate({ _sum: { done: true } }))._sum.done ?? 0;

  it('a sync killed with SIGKILL at several points completes on the next run with no duplicates and nothing lost', async () => {
    // 1. Killed after its first batches are committed.
    const first = await cli(['--from', '2023-01-01', '--page-size', '50'], async () => (await written()) >= 100);
    // 2. `npm run sync` resumes the plan; killed mid-run.
    const second = await cli(['--page-size', '50'], async () => (await written()) >= 600);
    // 3. Killed while starting up (before or just after taking the lock).
    const third = await cli([], async (ms) => ms > 400);
    const killed = [first, second, third].filter((r) => r.signal === 'SIGKILL').length;
    expect(killed).toBeGreaterThanOrEqual(2);

    // 4. Runs to the end.
    const done = await cli([]);
    expect(done.output).toMatch(/succeeded/);
    expect(done.code).toBe(0);

    const records = syntheticQuestions(COUNT).map((q) => apiQuestionSchema.parse(q));
    const expectedVersions = records.reduce((n, r) => n + answerVersionsOf(r).length, 0);
    expect(await db.prisma.question.count()).toBe(COUNT);
    expect(await db.prisma.parliamentQuestionRecord.count()).toBe(COUNT);
    expect(await db.prisma.answerVersion.count()).toBe(expectedVersions);
    const creates = await db.prisma.changeLog.groupBy({ by: ['entityId'], where: { entityType: 'Question', action: 'create' }, _count: true });
    expect(creates.length).toBe(COUNT);
    expect(creates.every((c) => c._count === 1)).toBe(true);
    expect(await db.prisma.syncLock.count()).toBe(0);
    if (dialect === 'sqlite') {
      const integrity = await db.prisma.$queryRawUnsafe<{ integrity_check: string }[]>('PRAGMA integrity_check');
      expect(integrity[0]!.integrity_check).toBe('ok');
    }
    const runs = await db.prisma.syncRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.at(-1)!.status).toBe('succeeded');
    expect(runs.filter((r) => r.status === 'running')).toEqual([]);

    // 5. A further run (incremental) changes nothing.
    const log = await db.prisma.changeLog.count();
    const again = await cli([]);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/created 0, updated 0, unchanged \d+, rejected 0/);
    expect(await db.prisma.changeLog.count()).toBe(log);
  }, 240_000);
});
