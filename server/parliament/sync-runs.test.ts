/**
 * The sync, part two: runs that change nothing, staff additions that survive, and the runs and their lock.
 * (Paging, answers over time, links and the live API's behaviour: sync.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { answered, fixtureQuestion } from '@/test/parliament-fixture/records';
import { longText, useSyncHarness } from '@/test/parliament-fixture/sync-test-setup';
import { DIALECTS } from '@/test/test-database';

describe.each(DIALECTS)('on %s', (dialect) => {
  const t = useSyncHarness(dialect);

  describe('idempotency and staff additions', () => {
    it('a second run changes nothing and adds no history', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1501, answered('2025-03-05', '<p>A.</p>')), fixtureQuestion(1502, { questionText: longText('x') }), fixtureQuestion(1503, { isWithdrawn: true })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      const before = { log: await t.db.prisma.changeLog.count(), versions: await t.db.prisma.answerVersion.count(), questions: await t.db.prisma.question.count() };
      const again = await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      const incremental = await t.h.sync(t.db.prisma);
      expect(incremental.totals).toMatchObject({ created: 0, updated: 0 });
      expect({ log: await t.db.prisma.changeLog.count(), versions: await t.db.prisma.answerVersion.count(), questions: await t.db.prisma.question.count() }).toEqual(before);
    });

    it("keeps staff additions and edits Parliament did not change; where both changed a field, the history shows both", async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1601, { heading: 'Parliament heading', ...answered('2025-03-05', '<p>Answer.</p>') })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      const q = await t.questionBy(1601);
      const staff = { id: 'u-editor', name: 'Staff Editor' };
      const topic = await t.db.prisma.topic.create({ data: { slug: 'drones', name: 'Drones', source: 'STAFF' } });
      await t.db.prisma.questionTopic.create({ data: { questionId: q.id, topicId: topic.id } });
      const coverage = await t.db.prisma.coverage.create({ data: { outlet: 'Pulse', headline: 'Story', url: 'https://news.example/story', source: 'STAFF', questions: { create: { questionId: q.id } } } });
      await t.db.prisma.question.update({ where: { id: q.id }, data: { heading: 'Staff heading', memberHasInterest: true } });
      await t.db.prisma.changeLog.create({ data: { actor: staff.name, actorId: staff.id, entityType: 'Question', entityId: String(q.id), action: 'update', before: '{"heading":"Parliament heading","memberHasInterest":false}', after: '{"heading":"Staff heading","memberHasInterest":true}' } });

      // Parliament changes the heading only.
      t.h.fixture.setQuestions([fixtureQuestion(1601, { heading: 'Parliament heading, revised', ...answered('2025-03-05', '<p>Answer.</p>') })]);
      const out = await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect(out.totals.updated).toBe(1);
      const after = await t.db.prisma.question.findUniqueOrThrow({ where: { id: q.id }, include: { topics: true, coverage: true } });
      expect(after.heading).toBe('Parliament heading, revised');
      expect(after.memberHasInterest).toBe(true); // staff's edit of a field Parliament did not change stands
      expect(after.topics.map((t) => t.topicId)).toEqual([topic.id]);
      expect(after.coverage.map((c) => c.coverageId)).toEqual([coverage.id]);
      const history = await t.db.prisma.changeLog.findMany({ where: { entityType: 'Question', entityId: String(q.id), action: 'update' }, orderBy: { id: 'asc' } });
      expect(history.map((entry) => [entry.actor, JSON.parse(entry.before!).heading, JSON.parse(entry.after!).heading])).toEqual([
        ['Staff Editor', 'Parliament heading', 'Staff heading'],
        ['Parliament sync', 'Staff heading', 'Parliament heading, revised'],
      ]);
    });

    it('keeps a staff-made correction when Parliament later adds its own', async () => {
      t.h.fixture.setQuestions([fixtureQuestion(1701, answered('2025-03-05', '<p>Answer.</p>'))]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      const q = await t.questionBy(1701);
      await t.db.prisma.answerVersion.create({ data: { questionId: q.id, sequence: 2, kind: 'CORRECTION', answeredOn: new Date('2025-03-07T00:00:00Z'), textHtml: '<p>Staff correction.</p>', textPlain: 'Staff correction.', source: 'STAFF' } });
      t.h.fixture.setQuestions([fixtureQuestion(1701, { ...answered('2025-03-05', '<p>Parliament correction.</p>'), answerIsCorrection: true, originalAnswerText: '<p>Answer.</p>', dateAnswerCorrected: '2025-03-09' })]);
      await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      const versions = (await t.questionBy(1701)).answers.map((a) => [a.sequence, a.kind, a.source, a.textPlain]);
      expect(versions).toEqual([
        [1, 'SUBSTANTIVE', 'PARLIAMENT', 'Answer.'],
        [2, 'CORRECTION', 'STAFF', 'Staff correction.'],
        [3, 'CORRECTION', 'PARLIAMENT', 'Parliament correction.'],
      ]);
    });
  });

  describe('runs and the lock', () => {
    it('refuses a second sync while one holds the lock, and takes over a stale lock', async () => {
      const { startRun } = await import('./runs');
      const held = await startRun(t.db.prisma, { from: '2025-01-01' }, process.pid);
      expect(held.ok).toBe(true);
      t.h.fixture.setQuestions([fixtureQuestion(1801)]);
      const refused = await t.h.syncOutcome(t.db.prisma, { from: '2025-01-01' });
      expect(refused).toMatchObject({ status: 'refused', message: expect.stringMatching(/already running/) });
      // The holder "dies": a pid that is not running.
      await t.db.prisma.syncLock.update({ where: { id: 1 }, data: { pid: 2 ** 22 + 7 } });
      const out = await t.h.sync(t.db.prisma, { from: '2025-01-01' });
      expect(out.status).toBe('succeeded');
      const first = await t.db.prisma.syncRun.findUniqueOrThrow({ where: { id: held.ok ? held.runId : 0 } });
      expect(first).toMatchObject({ status: 'failed', message: expect.stringMatching(/Interrupted/) });
      expect(await t.db.prisma.syncLock.count()).toBe(0);
    });

    it('judges a holder on another machine by its heartbeat alone: its pid means nothing here', async () => {
      const { startRun, STALE_AFTER_MS } = await import('./runs');
      const held = await startRun(t.db.prisma, { from: '2025-01-01' }, process.pid);
      const heldId = held.ok ? held.runId : 0;
      // Another app server's run: a pid that does not exist on this machine, a fresh heartbeat.
      await t.db.prisma.syncLock.update({ where: { id: 1 }, data: { pid: 2 ** 22 + 7, host: 'another-app-server' } });
      await t.db.prisma.syncRun.update({ where: { id: heldId }, data: { pid: 2 ** 22 + 7, host: 'another-app-server' } });
      t.h.fixture.setQuestions([fixtureQuestion(1811)]);
      expect(await t.h.syncOutcome(t.db.prisma, { from: '2025-01-01' })).toMatchObject({ status: 'refused', message: expect.stringMatching(/already running \(process \d+ on another-app-server\)/) });
      expect((await (await import('./runs')).getSyncRun(t.db.prisma, heldId))?.stale).toBe(false);
      // Its heartbeat stops: taken over.
      const silent = new Date(Date.now() - STALE_AFTER_MS - 1_000);
      await t.db.prisma.syncLock.update({ where: { id: 1 }, data: { heartbeatAt: silent } });
      await t.db.prisma.syncRun.update({ where: { id: heldId }, data: { heartbeatAt: silent } });
      expect((await t.h.sync(t.db.prisma, { from: '2025-01-01' })).status).toBe('succeeded');
      expect(await t.db.prisma.syncRun.findUniqueOrThrow({ where: { id: heldId } })).toMatchObject({ status: 'failed', message: expect.stringMatching(/Interrupted/) });
      expect(await t.db.prisma.question.count({ where: { parliamentId: 1811 } })).toBe(1);
    });

    it('an incremental run with nothing to continue from says so', async () => {
      const out = await t.h.syncOutcome(t.db.prisma);
      expect(out).toMatchObject({ status: 'invalid', message: expect.stringMatching(/--from/) });
    });
  });
});
