import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { addCalendarDays, toIsoDate } from '@/lib/dates';
import { createDepartment, createMember, day } from '@/test/factories';

let db: TestDatabase;
let latest: typeof import('./latest-activity');
let topics: typeof import('./topics');
const ids = { busy: 0, quiet: 0, asker: 0, idle: 0, newest: 0, answer: 0 };

// Dates run backwards as ids grow, so "highest id" and "newest" disagree and only a date order passes.
const START = day('2020-01-01');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    const asker = await createMember(db.prisma, { displayName: 'Busy Asker' });
    const idle = await createMember(db.prisma, { displayName: 'Idle Member' });
    const department = await createDepartment(db.prisma);
    ids.asker = asker.id;
    ids.idle = idle.id;
    [latest, topics] = await Promise.all([import('./latest-activity'), import('./topics')]);
    const count = latest.BUSY_TOPIC_LINKS + 200;
    await db.prisma.question.createMany({
      data: Array.from({ length: count }, (_, i) => {
        const tabled = addCalendarDays(START, count - i);
        return { house: 'COMMONS' as const, uin: `B${i}`, dateTabled: tabled, dateDue: addCalendarDays(tabled, 7), askingMemberId: asker.id, departmentId: department.id, heading: `Busy ${i}`, text: 'Text' };
      }),
    });
    const questions = await db.prisma.question.findMany({ orderBy: { id: 'asc' }, select: { id: true, dateTabled: true } });
    ids.newest = questions[0]!.id;
    const busy = await db.prisma.topic.create({ data: { slug: 'busy', name: 'Busy' } });
    const quiet = await db.prisma.topic.create({ data: { slug: 'quiet', name: 'Quiet' } });
    ids.busy = busy.id;
    ids.quiet = quiet.id;
    await db.prisma.questionTopic.createMany({ data: questions.map((q) => ({ questionId: q.id, topicId: busy.id })) });
    // The quiet topic has three questions; the one with the highest id is the oldest.
    await db.prisma.questionTopic.createMany({ data: [questions[5]!, questions[900]!, questions[3]!].map((q) => ({ questionId: q.id, topicId: quiet.id })) });
    // One old question answered long after the newest was tabled: the busy topic's latest answer.
    const answer = await db.prisma.answerVersion.create({
      data: { questionId: questions[600]!.id, sequence: 1, kind: 'SUBSTANTIVE', answeredOn: addCalendarDays(START, count + 30), textHtml: '<p>A</p>', textPlain: 'A' },
    });
    ids.answer = answer.id;
  });
  afterAll(() => db.cleanup());

  describe('latest records', () => {
    it('finds a busy topic’s newest question and answer by walking the date indexes', async () => {
      const found = (await latest.latestTopicRecordIds([ids.busy])).get(ids.busy);
      expect(found).toEqual({ questionId: ids.newest, answerId: ids.answer, meetingId: null, coverageId: null });
    });

    it('finds a quiet topic’s newest question by date, not by id', async () => {
      const all = await latest.latestTopicRecordIds(null);
      const quiet = all.get(ids.quiet)!;
      const question = await db.prisma.question.findUniqueOrThrow({ where: { id: quiet.questionId! }, select: { uin: true } });
      expect(question.uin).toBe('B3');
      expect(quiet.answerId).toBeNull();
    });

    it('gives a member’s newest question and latest date, and nothing for one who asked none', async () => {
      expect(await latest.latestQuestionIdByMember([ids.asker, ids.idle])).toEqual(new Map([[ids.asker, ids.newest]]));
      const dates = await latest.latestQuestionDateByMember();
      expect(toIsoDate(dates.get(ids.asker)!)).toBe(toIsoDate(addCalendarDays(START, latest.BUSY_TOPIC_LINKS + 200)));
      expect(dates.has(ids.idle)).toBe(false);
    });

    it('reports the busy topic’s latest activity as the late answer', async () => {
      const { rows } = await topics.listTopics({ sort: 'latest', dir: 'desc' });
      expect(rows.map((r) => [r.slug, r.questions, r.latest?.kind])).toEqual([
        ['busy', latest.BUSY_TOPIC_LINKS + 200, 'answer'],
        ['quiet', 3, 'tabled'],
      ]);
    });
  });
});
