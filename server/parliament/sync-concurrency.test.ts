/**
 * Two app servers on one database, each starting a sync at the same moment (issue 13: "no lost update, no
 * duplicate import under concurrent runs"): two Prisma clients, as two processes would have. The
 * one-at-a-time lock lets exactly one run; and should two runs ever write at once (a lock wrongly judged
 * stale), the batches still queue on the write lock and read each other's commits, so nothing is imported
 * twice.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { apiQuestionSchema } from '@/lib/parliament/schemas';
import { answered, fixtureQuestion } from '@/test/parliament-fixture/records';
import { startHarness, type Harness } from '@/test/parliament-fixture/harness';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { ParliamentClient } from './client';
import { listHashOf } from './prepare-records';
import { References } from './references';
import { writeBatch, type PreparedRecord } from './write-batch';

let db: TestDatabase;
let other: PrismaClient;
let h: Harness;
const COUNT = 120;
const questions = () => Array.from({ length: COUNT }, (_, i) => fixtureQuestion(6000 + i, i % 3 ? {} : answered('2025-03-10', `<p>Answer ${i}.</p>`)));

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    // A second app server's client on the same database.
    other = createPrismaClient(db.url);
  });
  afterAll(async () => {
    await other.$disconnect();
    await db.cleanup();
  });
  beforeEach(async () => {
    await db.reset();
    h = await startHarness();
  });
  afterEach(() => h.close());

  /** Each question imported once, with one creation in the history. */
  async function expectEachImportedOnce() {
    expect(await db.prisma.question.count()).toBe(COUNT);
    expect(await db.prisma.parliamentQuestionRecord.count()).toBe(COUNT);
    const creates = await db.prisma.changeLog.groupBy({ by: ['entityId'], where: { entityType: 'Question', action: 'create' }, _count: true });
    expect(creates).toHaveLength(COUNT);
    expect(creates.every((c) => c._count === 1)).toBe(true);
    expect(await db.prisma.member.count({ where: { parliamentId: 4001 } })).toBe(1);
  }

  it('two syncs started at once from two app servers: exactly one runs, the other is refused, nothing is imported twice', async () => {
    h.fixture.setQuestions(questions());
    // The run that gets the lock is held up on its first page (a request left unanswered, then retried), so
    // it certainly still holds the lock when the other asks, however loaded the machine.
    h.fixture.fail(/^\/api\/writtenquestions\/questions$/, 'hang', 1);
    const outcomes = await Promise.all([h.syncOutcome(db.prisma, { from: '2025-01-01', pageSize: 20 }), h.syncOutcome(other, { from: '2025-01-01', pageSize: 20 })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['refused', 'succeeded']);
    expect(outcomes.find((o) => o.status === 'refused')).toMatchObject({ message: expect.stringMatching(/already running/) });
    expect(outcomes.find((o) => o.status === 'succeeded')).toMatchObject({ totals: { created: COUNT, updated: 0 } });
    await expectEachImportedOnce();
    expect(await db.prisma.syncRun.count()).toBe(1);
    expect(await db.prisma.syncLock.count()).toBe(0);
  });

  it('many runs asking for the lock at the same instant from two app servers: exactly one gets it', async () => {
    const { startRun } = await import('./runs');
    const asks = Array.from({ length: 8 }, (_, i) => startRun(i % 2 ? other : db.prisma, { from: '2025-01-01' }, process.pid));
    const results = await Promise.all(asks);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 7 }, () => expect.objectContaining({ message: expect.stringMatching(/already running/) })));
    expect(await db.prisma.syncRun.count()).toBe(1);
  });

  it('two runs writing the same records at once (a lock misjudged stale): their batches queue, one creates each question, the other finds it unchanged', async () => {
    const items = (): PreparedRecord[] => questions().map((q) => ({ record: apiQuestionSchema.parse(q), listHash: listHashOf(q) }));
    const writer = async (client: PrismaClient) => {
      const run = await client.syncRun.create({ data: { status: 'running', params: '{}' } });
      const refs = new References(new ParliamentClient({ questionsUrl: h.urls.questionsUrl, membersUrl: h.urls.membersUrl, concurrency: 4, timeoutMs: 1_500, minRetryMs: 5, retries: 3 }));
      await refs.load(client, () => {});
      const batch = items();
      await refs.prefetchMembers(batch.flatMap(({ record: r }) => [r.askingMemberId, r.answeringMemberId].filter((id): id is number => !!id)));
      return { run: run.id, refs, batch };
    };
    const [a, b] = [await writer(db.prisma), await writer(other)];
    const progress = (run: number, cursor: number) => ({ runId: run, done: COUNT, rejected: 0, cursor });
    const results = await Promise.all([writeBatch(db.prisma, a.refs, a.batch, progress(a.run, 1)), writeBatch(other, b.refs, b.batch, progress(b.run, 2))]);
    expect(results.map((r) => [r.created, r.unchanged]).sort()).toEqual([
      [0, COUNT],
      [COUNT, 0],
    ]);
    await expectEachImportedOnce();
    // Each run's progress committed with its own batch, neither lost.
    const runs = await db.prisma.syncRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.map((r) => [r.done, r.created + r.unchanged, r.cursor])).toEqual([
      [COUNT, COUNT, '1'],
      [COUNT, COUNT, '2'],
    ]);
  });
});
