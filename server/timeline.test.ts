import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { parseCalendarDate, toIsoDate } from '@/lib/dates';
import { createStoryWorld, type StoryWorld } from '@/test/fixtures/story-world';

let db: TestDatabase;
let world: StoryWorld;
let timeline: typeof import('./timeline');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    timeline = await import('./timeline');
  });
  afterAll(() => db.cleanup());

  const d = (iso: string) => parseCalendarDate(iso)!;

  describe('listTimelineEvents', () => {
    it('tells the seed topic story in order: Paris, E5, tabled, answer, article', async () => {
      const { events, nextCursor } = await timeline.listTimelineEvents({ topicId: world.topics.topic.id });
      expect(events.map((e) => [e.kind, toIsoDate(e.date)])).toEqual([
        ['meeting', '2025-03-11'],
        ['meeting', '2025-03-12'],
        ['tabled', '2025-03-13'],
        ['answered', '2025-03-20'],
        ['coverage', '2025-03-21'],
      ]);
      expect(events[0]!.title).toContain('French counterpart');
      expect(events[0]!.href).toBe(`/meetings/${world.seed.paris.id}`);
      expect(events[3]!.href).toBe('/questions/commons/2025-03-13/DEMO-0001');
      expect(events[3]!.detail).toBe('Maria Eagle (Ministry of Defence) to Edward Morello, 7 days after tabling');
      expect(events[3]!.dateUnreported).toBe(true);
      expect(events[4]!.title).toBe('UK Deepens Defence Collaboration with Europe on Joint Weapons Production');
      expect(events[4]!.detail).toBe('London Pulse News');
      expect(nextCursor).toBeNull();
    });

    it('filters by kind and by date range (inclusive)', async () => {
      const meetings = await timeline.listTimelineEvents({ topicId: world.topics.topic.id, kinds: ['meeting', 'coverage'] });
      expect(meetings.events.map((e) => e.kind)).toEqual(['meeting', 'meeting', 'coverage']);
      const window = await timeline.listTimelineEvents({ topicId: world.topics.topic.id, from: d('2025-03-12'), to: d('2025-03-20') });
      expect(window.events.map((e) => toIsoDate(e.date))).toEqual(['2025-03-12', '2025-03-13', '2025-03-20']);
    });

    it('shows newest first when asked', async () => {
      const { events } = await timeline.listTimelineEvents({ topicId: world.topics.topic.id, order: 'newest' });
      expect(events.map((e) => e.kind)).toEqual(['coverage', 'answered', 'tabled', 'meeting', 'meeting']);
    });

    it("gives a member's questions, the answers to them, the answers they gave, their meetings and coverage", async () => {
      const eagle = await timeline.listTimelineEvents({ memberId: world.members.eagle.id });
      expect(eagle.events.map((e) => e.id)).toEqual([`meeting-${world.seed.paris.id}`, `answer-${world.seed.answer.id}`, `coverage-${world.seed.article.id}`]);
      const morello = await timeline.listTimelineEvents({ memberId: world.members.morello.id });
      expect(morello.events.map((e) => e.kind)).toEqual(['tabled', 'answered', 'coverage']);
    });

    it("keeps a department's meetings to those of its ministers while in post", async () => {
      const mod = await timeline.listTimelineEvents({ departmentId: world.departments.mod.id, kinds: ['meeting'] });
      // Eagle (undated MoD role) at Paris; the demo minister joined MoD on 1 March, before the round table.
      expect(mod.events.map((e) => e.id)).toEqual([`meeting-${world.demoMeeting.id}`, `meeting-${world.seed.paris.id}`]);
      const treasury = await timeline.listTimelineEvents({ departmentId: world.departments.treasury.id, kinds: ['meeting'] });
      expect(treasury.events).toEqual([]); // the Treasury post ended on 28 February
    });

    it("gives a department the coverage of its questions, and none to a department without any", async () => {
      const mod = await timeline.listTimelineEvents({ departmentId: world.departments.mod.id, kinds: ['coverage'] });
      expect(mod.events.map((e) => e.id)).toEqual([`coverage-${world.seed.article.id}`]);
      const treasury = await timeline.countTimelineEvents({ departmentId: world.departments.treasury.id });
      expect(treasury.coverage).toBe(0);
      expect(treasury.tabled).toBe(1);
    });

    it('combines scopes with AND', async () => {
      const { events } = await timeline.listTimelineEvents({ departmentId: world.departments.mod.id, topicId: world.topics.otherTopic.id });
      expect(events.map((e) => e.kind)).toEqual(['tabled', 'holding-answer']);
    });

    it('pages by cursor without losing or repeating events, in both directions', async () => {
      for (const order of ['oldest', 'newest'] as const) {
        const all = await timeline.listTimelineEvents({ order, limit: 200 });
        const seen: string[] = [];
        let cursor: string | null = null;
        const { timelineCursor } = await import('@/lib/validation/timeline');
        do {
          const page: Awaited<ReturnType<typeof timeline.listTimelineEvents>> = await timeline.listTimelineEvents({
            order,
            limit: 2,
            cursor: cursor ? timelineCursor.parse(cursor) : undefined,
          });
          seen.push(...page.events.map((e) => e.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all.events.map((e) => e.id));
        expect(all.events.length).toBeGreaterThan(15);
      }
    });

    it('counts each kind in range', async () => {
      const counts = await timeline.countTimelineEvents({ topicId: world.topics.topic.id });
      expect(counts).toEqual({ meeting: 2, tabled: 1, 'holding-answer': 0, answered: 1, corrected: 0, coverage: 1 });
      const all = await timeline.countTimelineEvents({ to: d('2025-03-12') });
      expect(all.meeting).toBe(3);
      expect(all.corrected).toBe(1);
    });
  });
});
