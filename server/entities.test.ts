import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { toIsoDate } from '@/lib/dates';
import { createStoryWorld, WORLD_TODAY, type StoryWorld } from '@/test/fixtures/story-world';

let db: TestDatabase;
let world: StoryWorld;
let members: typeof import('./members');
let departments: typeof import('./departments');
let topics: typeof import('./topics');
let meetings: typeof import('./meetings');
let coverage: typeof import('./coverage');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    [members, departments, topics, meetings, coverage] = await Promise.all([import('./members'), import('./departments'), import('./topics'), import('./meetings'), import('./coverage')]);
  });
  afterAll(() => db.cleanup());

  describe('members', () => {
    it("gives Eagle's profile: no party reported, her undated MoD post, the answer she gave", async () => {
      const eagle = (await members.getMember('maria-eagle'))!;
      expect(eagle).toMatchObject({ displayName: 'Maria Eagle', house: 'COMMONS', party: null, answersGiven: 1, meetingsAttended: 1, coverageMentions: 1, isDemo: false });
      expect(eagle.roles).toMatchObject([{ title: 'Defence Minister', department: { slug: 'ministry-of-defence' }, datesUnreported: true, isCurrent: true }]);
      const answers = await members.listAnswersGiven(eagle.id);
      expect(answers.total).toBe(1);
      expect(answers.rows[0]).toMatchObject({ kind: 'SUBSTANTIVE', answeredOnUnreported: true, question: { uin: 'DEMO-0001', href: '/questions/commons/2025-03-13/DEMO-0001', member: { slug: 'edward-morello', href: '/members/edward-morello' } } });
      expect(await members.getMember('nobody')).toBeNull();
    });

    it('lists current posts before ended ones', async () => {
      const m = (await members.getMember('demo-minister'))!;
      expect(m.roles.map((r) => [r.title, r.isCurrent])).toEqual([
        ['Minister for Defence Procurement (demo)', true],
        ['Exchequer Secretary (demo)', false],
      ]);
    });

    it("counts a member's questions per month and how long they waited", async () => {
      const stats = await members.getMemberQuestionStats(world.members.demoMp.id, { today: WORLD_TODAY });
      expect(stats.perMonth.map((m) => [m.month, m.tabled])).toEqual([['2025-02', 3], ['2025-03', 3], ['2025-04', 2]]);
      // Answered: only DEMO-0107 (14 days); withdrawn DEMO-0105 left out; 6 still waiting (holding counts as waiting).
      expect(stats.waits.find((w) => w.label === '8 to 14 days')!.count).toBe(1);
      expect(stats.waits.find((w) => w.label === 'Still waiting')!.count).toBe(6);
      expect(stats.summary.medianDays).toBe(14);
    });
  });

  describe('departments', () => {
    it('lists departments with awaiting and overdue counts for today', async () => {
      const { rows } = await departments.listDepartments({ today: WORLD_TODAY });
      expect(rows.map((r) => [r.slug, r.questions, r.awaiting, r.overdue])).toEqual([
        ['hm-treasury', 1, 0, 1],
        ['ministry-of-defence', 8, 2, 2],
      ]);
    });

    it("gives the MoD's posts over time and answer-time figures by month due", async () => {
      const mod = (await departments.getDepartment('ministry-of-defence', WORLD_TODAY))!;
      expect(mod.roles.map((r) => r.member.slug).sort()).toEqual(['demo-minister', 'john-healey', 'maria-eagle']);
      const stats = await departments.getDepartmentAnswerStats(mod.id, { today: WORLD_TODAY, months: 3 });
      expect(toIsoDate(stats.since)).toBe('2025-02-01');
      expect(stats.months.map((m) => m.month)).toEqual(['2025-02', '2025-03', '2025-04']);
      // February: DEMO-0100 overdue (late), DEMO-0107 answered 7 days late (named day); DEMO-0105 withdrawn.
      expect(stats.months[0]).toMatchObject({ questions: 2, answered: 1, medianDays: 14, onTime: { judged: 2, onTime: 0 }, namedDay: { judged: 1, onTime: 0 } });
      // March: seed answered on its due date; DEMO-0101 named day overdue; DEMO-0106 holding past due = late.
      expect(stats.months[1]).toMatchObject({ questions: 3, answered: 1, medianDays: 7, onTime: { judged: 3, onTime: 1 }, namedDay: { judged: 1, onTime: 0 } });
      // April: DEMO-0104 due today, unanswered: not judged yet; DEMO-0103 (due 14 April) is outside the window.
      expect(stats.months[2]).toMatchObject({ questions: 1, onTime: { judged: 0, share: null } });
      expect(await departments.getDepartment('ministry-of-silly-walks')).toBeNull();
    });
  });

  describe('topics', () => {
    it('lists topics with what they group', async () => {
      const { rows } = await topics.listTopics();
      expect(rows.find((t) => t.slug === 'european-defence-cooperation')).toMatchObject({ questions: 1, meetings: 2, coverage: 1, isDemo: false });
      expect((await topics.getTopic('european-defence-cooperation'))!.name).toBe('European defence cooperation');
      expect(await topics.getTopic('nothing')).toBeNull();
    });
  });

  describe('meetings', () => {
    it('gives the Paris bilateral with its participants and the answer citing it', async () => {
      const m = (await meetings.getMeeting(world.seed.paris.id))!;
      expect(m).toMatchObject({ title: 'Bilateral with the French counterpart', place: 'Paris', kind: 'BILATERAL', citedBy: 1 });
      expect(m.participantList.map((p) => [p.label, p.member?.slug ?? null, p.nameUnreported])).toEqual([
        ['Maria Eagle', 'maria-eagle', false],
        ['French counterpart', null, true],
      ]);
      expect(m.participants).toBe('Maria Eagle; French counterpart (France)');
      expect(m.citingAnswers).toMatchObject([{ answeringMember: { slug: 'maria-eagle' }, question: { uin: 'DEMO-0001' } }]);
      expect(m.topics).toEqual([{ name: 'European defence cooperation', slug: 'european-defence-cooperation' }]);
      expect(await meetings.getMeeting(999_999)).toBeNull();
    });

    it('shows an unreported place as not reported, not as a place', async () => {
      const e5 = (await meetings.getMeeting(world.seed.e5.id))!;
      expect(e5).toMatchObject({ place: null, placeUnreported: true });
      expect(e5.participantList.map((p) => p.label)).toEqual(['United Kingdom', 'France', 'Germany', 'Italy', 'Spain']);
    });

    it('filters, searches, sorts and pages meetings', async () => {
      expect((await meetings.listMeetings()).rows.map((r) => r.id)).toEqual([world.seed.e5.id, world.seed.paris.id, world.demoMeeting.id]);
      expect((await meetings.listMeetings({ q: 'germany' })).rows.map((r) => r.id)).toEqual([world.seed.e5.id]);
      expect((await meetings.listMeetings({ q: 'eagle' })).rows.map((r) => r.id)).toEqual([world.seed.paris.id]);
      expect((await meetings.listMeetings({ kind: 'OTHER' })).total).toBe(1);
      expect((await meetings.listMeetings({ memberId: world.members.eagle.id })).total).toBe(1);
      expect((await meetings.listMeetings({ departmentId: world.departments.treasury.id })).total).toBe(0);
      expect((await meetings.listMeetings({ sort: 'title', dir: 'asc' })).rows[0]!.title).toBe('Bilateral with the French counterpart');
      expect((await meetings.listMeetings({ sort: 'citations', dir: 'asc' })).rows[0]!.id).toBe(world.demoMeeting.id);
      expect((await meetings.listMeetings({ pageSize: 2, page: 2 })).rows.map((r) => r.id)).toEqual([world.demoMeeting.id]);
    });
  });

  describe('coverage', () => {
    it('gives the article with the question it covers and the members it mentions, its address unreported', async () => {
      const c = (await coverage.getCoverage(world.seed.article.id))!;
      expect(c).toMatchObject({ outlet: 'London Pulse News', url: null, publishedOnUnreported: true, questionCount: 1, memberCount: 3 });
      expect(c.questions.map((q) => q.uin)).toEqual(['DEMO-0001']);
      expect(c.members.map((m) => [m.slug, m.party])).toEqual([['maria-eagle', null], ['john-healey', null], ['edward-morello', 'Liberal Democrat']]);
      expect(await coverage.getCoverage(424242)).toBeNull();
    });

    it('filters coverage by member, topic and text', async () => {
      expect((await coverage.listCoverage({ memberId: world.members.healey.id })).total).toBe(1);
      expect((await coverage.listCoverage({ memberId: world.members.demoMp.id })).total).toBe(0);
      expect((await coverage.listCoverage({ q: 'weapons' })).total).toBe(1);
      expect((await coverage.listCoverage({ topicId: world.topics.otherTopic.id })).total).toBe(0);
      expect(await coverage.listOutlets()).toEqual(['London Pulse News']);
    });
  });
});
