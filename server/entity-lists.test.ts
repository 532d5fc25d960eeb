import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { toIsoDate } from '@/lib/dates';
import { createStoryWorld, WORLD_TODAY, type StoryWorld } from '@/test/fixtures/story-world';
import { day } from '@/test/factories';

let db: TestDatabase;
let world: StoryWorld;
let memberList: typeof import('./member-list');
let departments: typeof import('./departments');
let topics: typeof import('./topics');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    // Topics the story world lacks: one with nothing on it yet, one with only a meeting.
    await db.prisma.topic.create({ data: { slug: 'empty-demo', name: 'Zebra crossings (demo)' } });
    await db.prisma.topic.create({ data: { slug: 'armed-forces-demo', name: 'Armed forces (demo)', meetings: { create: { meetingId: world.demoMeeting.id } } } });
    [memberList, departments, topics] = await Promise.all([import('./member-list'), import('./departments'), import('./topics')]);
  });
  afterAll(() => db.cleanup());

  // By surname: Eagle, Healey, Minister (Demo), Morello, One (Demo Member).
  const ALL = ['maria-eagle', 'john-healey', 'demo-minister', 'edward-morello', 'demo-member-one'];

  describe('listMembers', () => {
    const slugs = async (query: Parameters<typeof memberList.listMembers>[0]) => (await memberList.listMembers({ today: WORLD_TODAY, ...query })).rows.map((r) => r.slug);

    it('sorts by surname either way', async () => {
      expect(await slugs({})).toEqual(ALL);
      expect(await slugs({ sort: 'name', dir: 'desc' })).toEqual([...ALL].reverse());
    });

    it('sorts by party, house and seat with missing values last in both directions, ties by surname', async () => {
      // "Labour (demo)" before "Liberal Democrat"; Eagle, Healey and the demo minister have no party.
      expect(await slugs({ sort: 'party', dir: 'asc' })).toEqual(['demo-member-one', 'edward-morello', 'maria-eagle', 'john-healey', 'demo-minister']);
      expect(await slugs({ sort: 'party', dir: 'desc' })).toEqual(['edward-morello', 'demo-member-one', 'maria-eagle', 'john-healey', 'demo-minister']);
      expect(await slugs({ sort: 'house', dir: 'asc' })).toEqual(['maria-eagle', 'john-healey', 'edward-morello', 'demo-member-one', 'demo-minister']);
      expect(await slugs({ sort: 'house', dir: 'desc' })).toEqual(['demo-minister', 'maria-eagle', 'john-healey', 'edward-morello', 'demo-member-one']);
      expect(await slugs({ sort: 'constituency', dir: 'desc' })).toEqual(['demo-member-one', 'maria-eagle', 'john-healey', 'demo-minister', 'edward-morello']);
    });

    it('sorts by questions asked, answers given and latest question', async () => {
      expect(await slugs({ sort: 'questions', dir: 'desc' })).toEqual(['demo-member-one', 'edward-morello', 'maria-eagle', 'john-healey', 'demo-minister']);
      expect(await slugs({ sort: 'questions', dir: 'asc' })).toEqual(['maria-eagle', 'john-healey', 'demo-minister', 'edward-morello', 'demo-member-one']);
      // Healey gave a substantive answer and its correction; Eagle and the demo minister one each.
      expect(await slugs({ sort: 'answers', dir: 'desc' })).toEqual(['john-healey', 'maria-eagle', 'demo-minister', 'edward-morello', 'demo-member-one']);
      // Members who never asked come last whichever the direction.
      expect(await slugs({ sort: 'latest', dir: 'desc' })).toEqual(['demo-member-one', 'edward-morello', 'maria-eagle', 'john-healey', 'demo-minister']);
      expect(await slugs({ sort: 'latest', dir: 'asc' })).toEqual(['edward-morello', 'demo-member-one', 'maria-eagle', 'john-healey', 'demo-minister']);
    });

    it('filters by name, list name or seat, by house, party and current posts, and combines them', async () => {
      expect(await slugs({ q: 'EAGLE' })).toEqual(['maria-eagle']);
      expect(await slugs({ q: 'Morello, Ed' })).toEqual(['edward-morello']);
      expect(await slugs({ q: 'demoshire' })).toEqual(['demo-member-one']);
      expect(await slugs({ house: 'LORDS' })).toEqual(['demo-minister']);
      expect(await slugs({ partyId: world.parties.libDem.id })).toEqual(['edward-morello']);
      // Undated posts count as held; the demo minister's Treasury post ended, his MoD post began 1 March 2025.
      expect(await slugs({ ministers: true })).toEqual(['maria-eagle', 'john-healey', 'demo-minister']);
      expect(await slugs({ ministers: true, today: day('2025-02-15') })).toEqual(['maria-eagle', 'john-healey', 'demo-minister']);
      expect(await slugs({ ministers: true, today: day('2024-06-30') })).toEqual(['maria-eagle', 'john-healey']);
      expect(await slugs({ ministers: true, house: 'COMMONS', sort: 'answers', dir: 'desc' })).toEqual(['john-healey', 'maria-eagle']);
      expect(await memberList.listMembers({ q: 'nobody at all' })).toEqual({ rows: [], total: 0 });
    });

    it('pages with the total of every match', async () => {
      const page = (n: number) => memberList.listMembers({ today: WORLD_TODAY, pageSize: 2, page: n });
      expect((await page(1)).rows.map((r) => r.slug)).toEqual(ALL.slice(0, 2));
      expect((await page(3)).rows.map((r) => r.slug)).toEqual(ALL.slice(4));
      expect(await page(4)).toEqual({ rows: [], total: 5 });
      const filtered = await memberList.listMembers({ today: WORLD_TODAY, house: 'COMMONS', pageSize: 3, page: 2 });
      expect(filtered.total).toBe(4);
      expect(filtered.rows.map((r) => r.slug)).toEqual(['demo-member-one']);
    });

    it('gives each row its figures, current posts and latest question, placeholders flagged', async () => {
      const { rows } = await memberList.listMembers({ today: WORLD_TODAY });
      const bySlug = new Map(rows.map((r) => [r.slug, r]));
      expect(bySlug.get('edward-morello')).toMatchObject({
        href: '/members/edward-morello',
        party: { name: 'Liberal Democrat', abbreviation: 'LD', colour: '#FAA61A' },
        constituency: null,
        posts: [],
        questionsAsked: 1,
        answersGiven: 0,
        latestQuestion: { href: '/questions/commons/2025-03-13/DEMO-0001', dateUnreported: true },
        isDemo: false,
      });
      expect(bySlug.get('maria-eagle')).toMatchObject({ party: null, posts: ['Defence Minister'], questionsAsked: 0, answersGiven: 1, latestQuestion: null });
      expect(bySlug.get('demo-minister')).toMatchObject({ house: 'LORDS', posts: ['Minister for Defence Procurement (demo)'], answersGiven: 1, isDemo: true });
      const one = bySlug.get('demo-member-one')!;
      expect(one).toMatchObject({ questionsAsked: 8, constituency: 'Demoshire North', latestQuestion: { href: '/questions/commons/2025-04-07/DEMO-0103', dateUnreported: false } });
      expect(toIsoDate(one.latestQuestion!.dateTabled)).toBe('2025-04-07');
    });

    it('lists parties with the addresses the party filter uses', async () => {
      expect(await memberList.listParties()).toEqual([
        { id: world.parties.labour.id, name: 'Labour (demo)', abbreviation: 'Lab', slug: 'labour-demo' },
        { id: world.parties.libDem.id, name: 'Liberal Democrat', abbreviation: 'LD', slug: 'liberal-democrat' },
      ]);
    });
  });

  describe('listDepartments', () => {
    const list = (query: Parameters<typeof departments.listDepartments>[0]) => departments.listDepartments({ today: WORLD_TODAY, ...query });
    const slugs = async (query: Parameters<typeof departments.listDepartments>[0]) => (await list(query)).rows.map((r) => r.slug);

    it('gives each department its questions, awaiting (not yet due) and overdue counts for today', async () => {
      const { rows, total } = await list({});
      expect(total).toBe(2);
      expect(rows.map((r) => [r.slug, r.questions, r.awaiting, r.overdue])).toEqual([
        ['hm-treasury', 1, 0, 1],
        ['ministry-of-defence', 8, 2, 2],
      ]);
    });

    it('sorts by name and by each count, either way', async () => {
      expect(await slugs({ sort: 'name', dir: 'desc' })).toEqual(['ministry-of-defence', 'hm-treasury']);
      expect(await slugs({ sort: 'questions', dir: 'desc' })).toEqual(['ministry-of-defence', 'hm-treasury']);
      expect(await slugs({ sort: 'questions', dir: 'asc' })).toEqual(['hm-treasury', 'ministry-of-defence']);
      expect(await slugs({ sort: 'awaiting', dir: 'desc' })).toEqual(['ministry-of-defence', 'hm-treasury']);
      expect(await slugs({ sort: 'overdue', dir: 'asc' })).toEqual(['hm-treasury', 'ministry-of-defence']);
      // On 1 March only DEMO-0100 (due 10 February) was overdue: the Treasury's was not yet due.
      expect((await departments.listDepartments({ today: day('2025-03-01'), sort: 'overdue', dir: 'desc' })).rows.map((r) => [r.slug, r.overdue])).toEqual([
        ['ministry-of-defence', 1],
        ['hm-treasury', 0],
      ]);
    });

    it('filters by name or short name and pages with the total of every match', async () => {
      expect(await slugs({ q: 'defence' })).toEqual(['ministry-of-defence']);
      expect(await slugs({ q: 'hmt' })).toEqual(['hm-treasury']);
      expect(await list({ q: 'silly walks' })).toEqual({ rows: [], total: 0 });
      const second = await list({ pageSize: 1, page: 2, sort: 'questions', dir: 'desc' });
      expect(second.total).toBe(2);
      expect(second.rows.map((r) => [r.slug, r.questions])).toEqual([['hm-treasury', 1]]);
    });
  });

  describe('listTopics', () => {
    const slugs = async (query: Parameters<typeof topics.listTopics>[0]) => (await topics.listTopics(query)).rows.map((r) => r.slug);

    it('gives each topic its counts and its latest activity, a placeholder date flagged', async () => {
      const { rows, total } = await topics.listTopics();
      expect(total).toBe(4);
      expect(rows.map((r) => [r.slug, r.questions, r.meetings, r.coverage])).toEqual([
        ['armed-forces-demo', 0, 1, 0],
        ['european-defence-cooperation', 1, 2, 1],
        ['demo-procurement', 1, 0, 0],
        ['empty-demo', 0, 0, 0],
      ]);
      const [armed, seed, procurement, empty] = rows;
      // The seed topic's latest is the article (21 March, a placeholder), after the answer (20 March).
      expect(seed!.latest).toMatchObject({ kind: 'coverage', dateUnreported: true, href: `/coverage/${world.seed.article.id}` });
      expect(toIsoDate(seed!.latest!.date)).toBe('2025-03-21');
      // A holding answer is activity too: 10 March, after the question was tabled on 3 March.
      expect(procurement!.latest).toMatchObject({ kind: 'answer', dateUnreported: false, href: '/questions/commons/2025-03-03/DEMO-0106#answer-1' });
      expect(armed!.latest).toMatchObject({ kind: 'meeting', href: `/meetings/${world.demoMeeting.id}` });
      expect(empty!.latest).toBeNull();
    });

    it('sorts by name, each count and latest activity, nothing-yet last', async () => {
      expect(await slugs({ sort: 'name', dir: 'desc' })).toEqual(['empty-demo', 'demo-procurement', 'european-defence-cooperation', 'armed-forces-demo']);
      expect(await slugs({ sort: 'questions', dir: 'desc' })).toEqual(['european-defence-cooperation', 'demo-procurement', 'armed-forces-demo', 'empty-demo']);
      expect(await slugs({ sort: 'meetings', dir: 'desc' })).toEqual(['european-defence-cooperation', 'armed-forces-demo', 'demo-procurement', 'empty-demo']);
      expect(await slugs({ sort: 'coverage', dir: 'asc' })).toEqual(['armed-forces-demo', 'demo-procurement', 'empty-demo', 'european-defence-cooperation']);
      expect(await slugs({ sort: 'latest', dir: 'desc' })).toEqual(['european-defence-cooperation', 'demo-procurement', 'armed-forces-demo', 'empty-demo']);
      expect(await slugs({ sort: 'latest', dir: 'asc' })).toEqual(['armed-forces-demo', 'demo-procurement', 'european-defence-cooperation', 'empty-demo']);
    });

    it('filters by name and pages with the total of every match', async () => {
      expect(await slugs({ q: 'DEFENCE' })).toEqual(['european-defence-cooperation']);
      expect(await slugs({ q: '(demo)' })).toEqual(['armed-forces-demo', 'demo-procurement', 'empty-demo']);
      const page = await topics.listTopics({ q: '(demo)', pageSize: 2, page: 2 });
      expect(page.total).toBe(3);
      expect(page.rows.map((r) => r.slug)).toEqual(['empty-demo']);
    });

    it('reads one topic with its counts', async () => {
      expect(await topics.getTopic('european-defence-cooperation')).toMatchObject({ questions: 1, meetings: 2, coverage: 1 });
      expect(await topics.getTopic('nothing')).toBeNull();
    });
  });
});
