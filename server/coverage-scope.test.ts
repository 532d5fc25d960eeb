import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { parseCalendarDate, toIsoDate } from '@/lib/dates';
import { createStoryWorld, type StoryWorld } from '@/test/fixtures/story-world';

let db: TestDatabase;
let world: StoryWorld;
let timeline: typeof import('./timeline');
const ARTICLES = 1_200; // more than the driver can bind in one IN list

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    // Many articles about one Treasury question, spread over 30 days, several a day.
    const base = parseCalendarDate('2025-01-01')!.getTime();
    await db.prisma.coverage.createMany({
      data: Array.from({ length: ARTICLES }, (_, i) => ({
        outlet: 'Demo Wire',
        headline: `Demo article ${i}`,
        url: `https://demo-wire.invalid/${i}`,
        publishedOn: new Date(base + (i % 30) * 86_400_000),
      })),
    });
    const ids = await db.prisma.coverage.findMany({ where: { outlet: 'Demo Wire' }, select: { id: true } });
    await db.prisma.coverageQuestion.createMany({ data: ids.map((c) => ({ coverageId: c.id, questionId: world.questions.overdueTreasury.id })) });
    await db.prisma.coverageTopic.createMany({ data: ids.slice(0, 10).map((c) => ({ coverageId: c.id, topicId: world.topics.otherTopic.id })) });
    timeline = await import('./timeline');
  });
  afterAll(() => db.cleanup());

  describe("a department's coverage on its timeline", () => {
    it('counts and pages more articles than one query can bind, in date order, without repeats', async () => {
      const departmentId = world.departments.treasury.id;
      const counts = await timeline.countTimelineEvents({ departmentId });
      expect(counts.coverage).toBe(ARTICLES);
      const { timelineCursor } = await import('@/lib/validation/timeline');
      const seen = new Set<string>();
      let cursor: string | null = null;
      let last = '';
      do {
        const page: Awaited<ReturnType<typeof timeline.listTimelineEvents>> = await timeline.listTimelineEvents({
          departmentId,
          kinds: ['coverage'],
          limit: 200,
          cursor: cursor ? timelineCursor.parse(cursor) : undefined,
        });
        for (const event of page.events) {
          expect(seen.has(event.id)).toBe(false);
          seen.add(event.id);
          expect(toIsoDate(event.date) >= last).toBe(true);
          last = toIsoDate(event.date);
        }
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.size).toBe(ARTICLES);
    });

    it('narrows by date range and by topic together with the department', async () => {
      const departmentId = world.departments.treasury.id;
      const from = parseCalendarDate('2025-01-02')!;
      const to = parseCalendarDate('2025-01-03')!;
      expect((await timeline.countTimelineEvents({ departmentId, from, to })).coverage).toBe(80);
      expect((await timeline.countTimelineEvents({ departmentId, topicId: world.topics.otherTopic.id })).coverage).toBe(10);
      const newest = await timeline.listTimelineEvents({ departmentId, kinds: ['coverage'], order: 'newest', limit: 3 });
      expect(newest.events.map((e) => toIsoDate(e.date))).toEqual(['2025-01-30', '2025-01-30', '2025-01-30']);
    });
  });
});
