import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { createStoryWorld, WORLD_TODAY, type StoryWorld } from '@/test/fixtures/story-world';

let db: TestDatabase;
let world: StoryWorld;
let overdue: typeof import('./overdue');

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
    world = await createStoryWorld(db.prisma);
    overdue = await import('./overdue');
  });
  afterAll(() => db.cleanup());

  describe('getOverdueOverview', () => {
    it('groups awaiting questions past their due date by department, longest overdue first, oldest first within', async () => {
      const o = await overdue.getOverdueOverview({ today: WORLD_TODAY });
      expect(o.total).toBe(3);
      expect(o.namedDay).toBe(1);
      // DEMO-0106 has only a holding answer and is past due: counted beside, not as overdue.
      expect(o.holdingPastDue).toBe(1);
      expect(o.groups.map((g) => g.department.slug)).toEqual(['ministry-of-defence', 'hm-treasury']);
      expect(o.groups.map((g) => g.holdingPastDue)).toEqual([1, 0]);
      const mod = o.groups[0]!;
      expect(mod.total).toBe(2);
      expect(mod.namedDay).toBe(1);
      expect(mod.questions.map((q) => [q.uin, q.daysOverdue, q.isNamedDay])).toEqual([
        ['DEMO-0100', 59, false],
        ['DEMO-0101', 14, true],
      ]);
      expect(mod.oldestDaysOverdue).toBe(59);
      expect(mod.questions[0]!.href).toBe('/questions/commons/2025-02-03/DEMO-0100');
    });

    it('leaves out questions due today, answered, on hold or withdrawn', async () => {
      const o = await overdue.getOverdueOverview({ today: WORLD_TODAY });
      const uins = o.groups.flatMap((g) => g.questions.map((q) => q.uin));
      for (const uin of ['DEMO-0104', 'DEMO-0103', 'DEMO-0105', 'DEMO-0106', 'DEMO-0107', 'DEMO-0001']) expect(uins).not.toContain(uin);
    });

    it('caps each list but keeps the counts exact, and pages one department', async () => {
      const o = await overdue.getOverdueOverview({ today: WORLD_TODAY, perDepartment: 1 });
      expect(o.groups[0]!.questions).toHaveLength(1);
      expect(o.groups[0]!.total).toBe(2);
      const page2 = await overdue.listOverdueQuestions({ departmentId: world.departments.mod.id, today: WORLD_TODAY, page: 2, pageSize: 1 });
      expect(page2).toMatchObject({ total: 2, rows: [{ uin: 'DEMO-0101' }] });
    });
  });
});
