import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { toIsoDate } from '@/lib/dates';
import { createStoryWorld, type StoryWorld } from '@/test/fixtures/story-world';

let db: TestDatabase;
let world: StoryWorld;
let filters: typeof import('./timeline-filters');
let scopes: typeof import('./scope-refs');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    [filters, scopes] = await Promise.all([import('./timeline-filters'), import('./scope-refs')]);
  });
  afterAll(() => db.cleanup());

  describe('resolveTimelineFilters', () => {
    it('finds a member by address or by a unique part of the name, and a department and topic by address', async () => {
      const byName = await filters.resolveTimelineFilters(
        { member: 'Eagle', department: 'ministry-of-defence', topic: 'european-defence-cooperation', kind: 'meeting,answered', from: '2025-03-01' },
        { withScope: true, defaultOrder: 'newest' },
      );
      expect(byName.problems).toEqual([]);
      expect(byName.query).toMatchObject({ memberId: world.members.eagle.id, departmentId: world.departments.mod.id, topicId: world.topics.topic.id, kinds: ['meeting', 'answered'], order: 'newest', limit: 50 });
      expect(byName.values.member).toBe('maria-eagle');
      expect(byName.scopeNames).toEqual(['Maria Eagle', 'Ministry of Defence', 'European defence cooperation']);
      expect(toIsoDate(byName.values.from!)).toBe('2025-03-01');
      const bySlug = await filters.resolveTimelineFilters({ member: 'edward-morello' }, { withScope: true, defaultOrder: 'newest' });
      expect(bySlug.query.memberId).toBe(world.members.morello.id);
    });

    it('explains an ambiguous or unknown member, an unknown address and reversed dates, and drops them', async () => {
      const r = await filters.resolveTimelineFilters(
        { member: 'Demo', department: 'ministry-of-magic', topic: 'nothing-here', from: '2025-04-01', to: '2025-03-01', cursor: 'not-a-cursor' },
        { withScope: true, defaultOrder: 'oldest' },
      );
      expect(r.query.memberId).toBeUndefined();
      expect(r.query.departmentId).toBeUndefined();
      expect(r.query.from).toBeUndefined();
      expect(r.query.cursor).toBeUndefined();
      expect(r.isFirstPage).toBe(true);
      expect(r.problems).toEqual([
        'Ignored “cursor”: Use the “Show more” link to page through a timeline.',
        'Ignored the dates: “from” is after “to”.',
        'Ignored “member”: “Demo” matches more than one member (Demo Minister, Demo Member One). Give the full name.',
        'Ignored “department”: no department has the address “ministry-of-magic”.',
        'Ignored “topic”: no topic has the address “nothing-here”.',
      ]);
      const none = await filters.resolveTimelineFilters({ member: 'Nobody' }, { withScope: true, defaultOrder: 'oldest' });
      expect(none.problems).toEqual(['Ignored “member”: no member matches “Nobody”.']);
    });

    it('ignores scope parameters where the page has its own scope (a topic page)', async () => {
      const r = await filters.resolveTimelineFilters({ member: 'maria-eagle', cursor: '2025-03-12.1' }, { withScope: false, defaultOrder: 'oldest' });
      expect(r.query.memberId).toBeUndefined();
      expect(r.problems).toEqual([]);
      expect(r.isFirstPage).toBe(false);
      expect(r.query.cursor).toMatchObject({ skip: 1 });
    });
  });

  describe('resolveScope', () => {
    it('turns addresses into ids with names, and unknown ones into messages', async () => {
      const r = await scopes.resolveScope({ member: 'john-healey', topic: 'no-such-topic' });
      expect(r.ids).toEqual({ memberId: world.members.healey.id });
      expect(r.labels).toEqual([{ key: 'member', slug: 'john-healey', name: 'John Healey' }]);
      expect(r.problems).toEqual(['Ignored “topic”: no topic has the address “no-such-topic”.']);
    });
  });
});
