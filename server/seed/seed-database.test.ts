import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { dumpDatabase } from '@/test/dump-database';
import { deriveQuestionState } from '@/lib/question-state';
import { effectiveStatus, QUESTION_STATUSES } from '@/lib/question-status';
import { clearDemoData } from '@/lib/demo/write-demo-data';
import { overlappingHolders } from '@/test/post-overlaps';
import { seedDatabase } from './seed-database';

const TODAY = new Date('2026-11-25T00:00:00Z');

describe.each(DIALECTS)('seedDatabase on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await db.cleanup();
  });

  it('loads the seed case and the demo data, and a second run changes no row', async () => {
    const first = await seedDatabase(db.prisma, { questions: 300, today: TODAY });
    expect(first.demo?.questions).toBe(300);
    expect(await db.prisma.question.count()).toBe(301);
    const before = await dumpDatabase(db.prisma);

    const second = await seedDatabase(db.prisma, { questions: 300, today: TODAY });
    expect(second.demo).toBeNull();
    expect(await dumpDatabase(db.prisma)).toBe(before);
  });

  it('stores what the summary reports, with every status, named days and consistent states', async () => {
    const { demo } = await seedDatabase(db.prisma, { questions: 400, today: TODAY });
    expect(await db.prisma.question.count({ where: { source: 'DEMO' } })).toBe(demo!.questions);
    expect(await db.prisma.answerVersion.count({ where: { source: 'DEMO' } })).toBe(demo!.answers);
    expect(await db.prisma.questionFollowUp.count()).toBe(demo!.followUps);
    expect(await db.prisma.coverage.count({ where: { source: 'DEMO' } })).toBe(demo!.coverage);

    const questions = await db.prisma.question.findMany({ include: { answers: true } });
    expect(new Set(questions.map((q) => effectiveStatus(q, TODAY)))).toEqual(new Set(QUESTION_STATUSES));
    expect(questions.some((q) => q.isNamedDay)).toBe(true);
    for (const q of questions) {
      expect(deriveQuestionState(q)).toEqual({ state: q.state, dateAnswered: q.dateAnswered, daysToAnswer: q.daysToAnswer });
    }
  });

  it('links follow-ups in the database to the earlier question and its answer, found from the wording', async () => {
    await seedDatabase(db.prisma, { questions: 400, today: TODAY });
    const links = await db.prisma.questionFollowUp.findMany({ include: { followUp: true, earlier: true, earlierAnswer: true } });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.origin).toBe('TEXT');
      expect(link.earlierAnswer?.questionId).toBe(link.earlierId);
      expect(link.followUp.text).toContain(link.earlier.uin);
    }
  });

  it('shares the seed case’s department and party with the demo instead of duplicating them', async () => {
    await seedDatabase(db.prisma, { questions: 300, today: TODAY });
    const defence = await db.prisma.department.findMany({ where: { parliamentId: 11 } });
    expect(defence).toHaveLength(1);
    expect(defence[0]!.source).toBe('ARTICLE');
    expect(await db.prisma.party.count({ where: { name: 'Liberal Democrat' } })).toBe(1);
    const topic = await db.prisma.topic.findUniqueOrThrow({ where: { slug: 'european-defence-cooperation' }, include: { questions: true } });
    expect(topic.questions).toHaveLength(1);
    expect(await db.prisma.question.count({ where: { house: 'COMMONS', uin: 'DEMO-0001' } })).toBe(1);
  });

  it('never gives a post the seed case holds to a demo minister: one holder per post and department on every day', async () => {
    await seedDatabase(db.prisma, { questions: 300, today: TODAY });
    const roles = await db.prisma.memberRole.findMany({ select: { title: true, departmentId: true, startDate: true, endDate: true, member: { select: { slug: true } } } });
    const spans = roles.map((r) => ({ holder: r.member.slug, department: r.departmentId ?? 'none', title: r.title, startDate: r.startDate, endDate: r.endDate }));
    expect(overlappingHolders(spans)).toEqual([]);
    const secretaries = await db.prisma.memberRole.findMany({
      where: { title: 'Secretary of State for Defence', department: { slug: 'ministry-of-defence' } },
      select: { source: true, member: { select: { displayName: true } } },
    });
    expect(secretaries).toEqual([{ source: 'ARTICLE', member: { displayName: 'John Healey' } }]);
  });

  it('leaves ids free for the next records the app creates after loading rows with explicit ids', async () => {
    await seedDatabase(db.prisma, { questions: 120, today: TODAY });
    const highest = (await db.prisma.meeting.aggregate({ _max: { id: true } }))._max.id!;
    const meeting = await db.prisma.meeting.create({ data: { date: TODAY, title: 'After the demo load' } });
    expect(meeting.id).toBeGreaterThan(highest);
    const coverage = await db.prisma.coverage.create({ data: { outlet: 'Test', headline: 'After', url: 'https://example.org/after-demo' } });
    expect(coverage.id).toBeGreaterThan(0);
  });

  it('regenerates demo data of another size and clears it without touching the seed case', async () => {
    await seedDatabase(db.prisma, { questions: 300, today: TODAY });
    const resized = await seedDatabase(db.prisma, { questions: 120, today: TODAY });
    expect(resized.replacedDemoQuestions).toBe(300);
    expect(await db.prisma.question.count({ where: { source: 'DEMO' } })).toBe(120);

    await clearDemoData(db.prisma);
    expect(await db.prisma.question.count()).toBe(1);
    expect(await db.prisma.member.count()).toBe(3);
    expect(await db.prisma.meeting.count()).toBe(2);
    expect(await db.prisma.coverage.count()).toBe(1);
    expect(await db.prisma.department.count()).toBe(1);
    expect(await db.prisma.party.findMany({ select: { name: true } })).toEqual([{ name: 'Liberal Democrat' }]);
    expect(await db.prisma.memberRole.count({ where: { source: 'DEMO' } })).toBe(0);
  });

  it('writes demo meetings with member and non-member participants, cited by answers', async () => {
    await seedDatabase(db.prisma, { questions: 400, today: TODAY });
    const cited = await db.prisma.answerMeeting.findMany({ where: { answer: { source: 'DEMO' } }, include: { meeting: { include: { participants: true } }, answer: true } });
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) {
      expect(c.meeting.date.getTime()).toBeLessThan(c.answer.answeredOn.getTime());
      expect(c.meeting.participants.some((p) => p.memberId !== null)).toBe(true);
    }
    expect(await db.prisma.meetingParticipant.count({ where: { memberId: null, meeting: { source: 'DEMO' } } })).toBeGreaterThan(0);
  });
});
