import { beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, useTestDatabase, type TestDatabase } from '@/test/test-database';
import { dumpDatabase } from '@/test/dump-database';
import { questionPath } from '@/lib/routes';
import { loadSeedCase } from './seed-case';
import { SEED_ARTICLE_HEADLINE } from './seed-case-data';

let db: TestDatabase;
describe.each(DIALECTS)('on %s', (dialect) => {
  // One database per dialect for the file, emptied before each test.
  const database = useTestDatabase(dialect);
  beforeEach(async () => {
    db = database.current;
  });

  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);


  describe('loadSeedCase', () => {
    it('stores the three members, the party and the posts as reported', async () => {
      await loadSeedCase(db.prisma);
      const members = await db.prisma.member.findMany({ include: { party: true, roles: { include: { department: true } } }, orderBy: { slug: 'asc' } });
      expect(members.map((m) => [m.slug, m.displayName, m.listName, m.house, m.party?.name ?? null, m.constituency, m.source])).toEqual([
        ['edward-morello', 'Edward Morello', 'Morello, Edward', 'COMMONS', 'Liberal Democrat', null, 'ARTICLE'],
        ['john-healey', 'John Healey', 'Healey, John', 'COMMONS', null, null, 'ARTICLE'],
        ['maria-eagle', 'Maria Eagle', 'Eagle, Maria', 'COMMONS', null, null, 'ARTICLE'],
      ]);
      const roles = members.flatMap((m) => m.roles.map((r) => [m.slug, r.title, r.department?.slug, r.startDate, r.endDate]));
      expect(roles).toEqual([
        ['john-healey', 'Secretary of State for Defence', 'ministry-of-defence', null, null],
        ['maria-eagle', 'Defence Minister', 'ministry-of-defence', null, null],
      ]);
      const department = await db.prisma.department.findUniqueOrThrow({ where: { slug: 'ministry-of-defence' } });
      expect(department).toMatchObject({ parliamentId: 11, name: 'Ministry of Defence', source: 'ARTICLE' });
    });

    it('stores the question with labelled placeholders and a consistent answered state', async () => {
      const ids = await loadSeedCase(db.prisma);
      const q = await db.prisma.question.findUniqueOrThrow({ where: { id: ids.questionId }, include: { askingMember: true, department: true } });
      expect(q).toMatchObject({
        house: 'COMMONS',
        uin: 'DEMO-0001',
        dateTabled: day('2025-03-13'),
        dateDue: day('2025-03-20'),
        state: 'ANSWERED',
        dateAnswered: day('2025-03-20'),
        daysToAnswer: 7,
        source: 'ARTICLE',
        withdrawnAt: null,
      });
      expect(q.askingMember.slug).toBe('edward-morello');
      expect(q.department.slug).toBe('ministry-of-defence');
      expect(q.unreportedFields?.split(',')).toEqual(expect.arrayContaining(['uin', 'dateTabled', 'dateDue', 'heading', 'text']));
      expect(q.heading.startsWith('[Heading not reported]')).toBe(true);
      expect(q.text.startsWith('[Wording not reported]')).toBe(true);
      expect(q.text).toContain('joint production, procurement and future development');
      expect(q.sourceNote).toContain('London Pulse News');
      expect(questionPath(q)).toBe('/questions/commons/2025-03-13/DEMO-0001');
    });

    it('stores the answer by Maria Eagle citing both meetings', async () => {
      const ids = await loadSeedCase(db.prisma);
      const answers = await db.prisma.answerVersion.findMany({
        where: { questionId: ids.questionId },
        include: { answeringMember: true, citedMeetings: { include: { meeting: true } } },
      });
      expect(answers).toHaveLength(1);
      const a = answers[0]!;
      expect(a).toMatchObject({ sequence: 1, kind: 'SUBSTANTIVE', answeredOn: day('2025-03-20'), source: 'ARTICLE' });
      expect(a.answeringMember?.slug).toBe('maria-eagle');
      expect(a.unreportedFields?.split(',')).toContain('answeredOn');
      expect(a.textPlain).toContain('“regular” talks');
      expect(a.textPlain).not.toContain('<p>');
      expect(a.citedMeetings.map((c) => c.meeting.date).sort((x, y) => x.getTime() - y.getTime())).toEqual([day('2025-03-11'), day('2025-03-12')]);
    });

    it('stores both meetings with member and non-member participants', async () => {
      const ids = await loadSeedCase(db.prisma);
      const paris = await db.prisma.meeting.findUniqueOrThrow({ where: { id: ids.meetingIds.paris }, include: { participants: { include: { member: true } } } });
      expect(paris).toMatchObject({ date: day('2025-03-11'), kind: 'BILATERAL', place: 'Paris', source: 'ARTICLE' });
      expect(paris.participants.map((p) => [p.member?.slug ?? null, p.name, p.role, p.country])).toEqual([
        ['maria-eagle', null, null, null],
        [null, null, 'French counterpart', 'France'],
      ]);
      const e5 = await db.prisma.meeting.findUniqueOrThrow({ where: { id: ids.meetingIds.e5 }, include: { participants: true } });
      expect(e5).toMatchObject({ date: day('2025-03-12'), kind: 'MULTILATERAL', place: null, unreportedFields: 'place' });
      expect(e5.title).toContain('E5 defence ministers');
      expect(e5.participants.map((p) => p.country)).toEqual(['United Kingdom', 'France', 'Germany', 'Italy', 'Spain']);
    });

    it('stores the article covering the question and mentioning the three members, and the topic linking everything', async () => {
      const ids = await loadSeedCase(db.prisma);
      const c = await db.prisma.coverage.findUniqueOrThrow({
        where: { id: ids.coverageId },
        include: { questions: true, members: { include: { member: true } }, topics: true },
      });
      expect(c).toMatchObject({ outlet: 'London Pulse News', headline: SEED_ARTICLE_HEADLINE, publishedOn: day('2025-03-21'), source: 'ARTICLE' });
      expect(new URL(c.url).hostname.endsWith('.invalid')).toBe(true);
      expect(c.unreportedFields?.split(',')).toEqual(expect.arrayContaining(['url', 'publishedOn']));
      expect(c.questions.map((q) => q.questionId)).toEqual([ids.questionId]);
      expect(c.members.map((m) => m.member.slug).sort()).toEqual(['edward-morello', 'john-healey', 'maria-eagle']);

      const topic = await db.prisma.topic.findUniqueOrThrow({
        where: { slug: 'european-defence-cooperation' },
        include: { questions: true, meetings: true, coverage: true },
      });
      expect(topic.name).toBe('European defence cooperation');
      expect(topic.questions.map((q) => q.questionId)).toEqual([ids.questionId]);
      expect(topic.meetings.map((m) => m.meetingId).sort()).toEqual([ids.meetingIds.paris, ids.meetingIds.e5].sort());
      expect(topic.coverage.map((x) => x.coverageId)).toEqual([ids.coverageId]);
    });

    it('leaves every row unchanged when run a second time', async () => {
      const first = await loadSeedCase(db.prisma);
      const before = await dumpDatabase(db.prisma);
      const second = await loadSeedCase(db.prisma);
      expect(second).toEqual(first);
      expect(await dumpDatabase(db.prisma)).toBe(before);
    });
  });
});
