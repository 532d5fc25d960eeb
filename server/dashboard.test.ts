import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { createDepartment, createMember, createQuestion, day } from '@/test/factories';
import { getDashboard } from './dashboard';

// A Wednesday: "this week" starts on Monday 17 March.
const TODAY = day('2025-03-19');
let tmp: TestDatabase;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    tmp = await createTestDatabase(dialect);
    const db = tmp.prisma;
    const asker = await createMember(db, { displayName: 'Edward Morello' });
    const minister = await createMember(db, { displayName: 'Maria Eagle' });
    const mod = await createDepartment(db, { name: 'Ministry of Defence' });
    const other = await createDepartment(db, { name: 'Home Office' });
    await db.memberRole.createMany({
      data: [
        { memberId: minister.id, title: 'Home Office Minister', departmentId: other.id },
        { memberId: minister.id, title: 'Defence Minister', departmentId: mod.id },
      ],
    });
    const base = { askingMemberId: asker.id, departmentId: mod.id };
    await createQuestion(db, { ...base, dateTabled: '2025-03-01', dateDue: '2025-03-18' }); // overdue
    await createQuestion(db, { ...base, dateTabled: '2025-03-12', dateDue: '2025-03-19' }); // due today: awaiting
    await createQuestion(db, { ...base, dateTabled: '2025-03-12', dateDue: '2025-03-24' }); // awaiting
    await createQuestion(db, { ...base, state: 'HOLDING', dateDue: '2025-03-10' });
    await createQuestion(db, { ...base, state: 'ANSWERED', dateTabled: '2025-03-05', dateAnswered: '2025-03-14', daysToAnswer: 9, heading: 'Last week' });
    const seed = await createQuestion(db, {
      ...base,
      state: 'ANSWERED',
      dateTabled: '2025-03-13',
      dateAnswered: '2025-03-17',
      daysToAnswer: 4,
      heading: 'Joint production',
      source: 'ARTICLE',
      unreportedFields: 'uin,heading',
    });
    await db.answerVersion.create({
      data: {
        questionId: seed.id,
        sequence: 1,
        kind: 'SUBSTANTIVE',
        answeringMemberId: minister.id,
        answeredOn: day('2025-03-17'),
        textHtml: '<p>Answer</p>',
        textPlain: 'Answer',
        unreportedFields: 'answeredOn',
      },
    });
    await db.coverage.create({
      data: {
        outlet: 'London Pulse News',
        headline: 'UK Deepens Defence Collaboration',
        url: 'https://london-pulse-news.invalid/article',
        publishedOn: day('2025-03-21'),
        source: 'ARTICLE',
        unreportedFields: 'url,publishedOn',
        questions: { create: { questionId: seed.id } },
      },
    });
    await db.coverage.create({ data: { outlet: 'Demo Gazette', headline: 'Older', url: 'https://example.org/older', publishedOn: day('2025-02-01') } });
    await db.coverage.create({ data: { outlet: 'Undated Times', headline: 'No date', url: 'https://example.org/undated' } });
    await db.coverage.create({ data: { outlet: 'Demo Daily', headline: 'Newer but generated', url: 'https://demo-daily.invalid/x', publishedOn: day('2025-04-01') } });
  });

  afterAll(async () => {
    await tmp.cleanup();
  });

  describe('getDashboard', () => {
    it('counts overdue, awaiting, holding and answered since Monday relative to today', async () => {
      const { counts } = await getDashboard({ db: tmp.prisma, today: TODAY });
      expect(counts).toEqual({ overdue: 1, awaiting: 2, holding: 1, answeredThisWeek: 1, total: 6, weekStart: day('2025-03-17') });
      const later = await getDashboard({ db: tmp.prisma, today: day('2025-03-25') });
      expect(later.counts).toMatchObject({ overdue: 3, awaiting: 0, answeredThisWeek: 0, weekStart: day('2025-03-24') });
    });

    it('lists the latest answers first, with the minister’s post in the answering department', async () => {
      const { latestAnswers } = await getDashboard({ db: tmp.prisma, today: TODAY });
      expect(latestAnswers.map((a) => a.heading)).toEqual(['Joint production', 'Last week']);
      expect(latestAnswers[0]).toMatchObject({
        answeringMember: { name: 'Maria Eagle', roleTitle: 'Defence Minister' },
        askingMember: { name: 'Edward Morello' },
        department: { name: 'Ministry of Defence' },
        daysToAnswer: 4,
        headingUnreported: true,
        dateAnsweredUnreported: true,
        isDemo: false,
      });
      expect(latestAnswers[1]).toMatchObject({ answeringMember: null, isDemo: true, dateAnsweredUnreported: false });
    });

    it('lists reported coverage before demo coverage, each newest first with undated last', async () => {
      const { coverage } = await getDashboard({ db: tmp.prisma, today: TODAY });
      expect(coverage.map((c) => c.outlet)).toEqual(['London Pulse News', 'Demo Daily', 'Demo Gazette', 'Undated Times']);
      expect((await getDashboard({ db: tmp.prisma, today: TODAY, articles: 2 })).coverage.map((c) => c.outlet)).toEqual([
        'London Pulse News',
        'Demo Daily',
      ]);
    });

    it('never links a placeholder address', async () => {
      const { coverage } = await getDashboard({ db: tmp.prisma, today: TODAY });
      expect(coverage[1]).toMatchObject({ outlet: 'Demo Daily', externalUrl: null, isDemo: true });
      expect(coverage[0]).toMatchObject({
        externalUrl: null,
        publishedOnUnreported: true,
        isDemo: false,
        question: { heading: 'Joint production' },
      });
      expect(coverage[0]!.href).toMatch(/^\/coverage\/\d+$/);
      expect(coverage[2]).toMatchObject({ externalUrl: 'https://example.org/older', isDemo: true, question: null });
    });
  });
});
