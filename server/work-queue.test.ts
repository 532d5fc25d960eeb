import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { CurrentUser } from '@/server/auth/session';
import { createDepartment, createMember, createQuestion, day } from '@/test/factories';

// The data layer opens DATABASE_URL on first import: modules are loaded after the temp database exists.
let tmp: TestDatabase;
let db: PrismaClient;
let wq: typeof import('./work-queue');
let setQuestionAssignment: typeof import('./question-assignment').setQuestionAssignment;
let listRecentChanges: typeof import('./recent-changes').listRecentChanges;
let recordChange: typeof import('./history/record-change').recordChange;

const TODAY = day('2025-03-19');
const editor: CurrentUser = { id: 'u-editor', name: 'Ed Itor', email: 'ed@example.test', role: 'editor' };
const ids: Record<string, number> = {};
let mod: { id: number; slug: string };
let home: { id: number; slug: string };

function assign(user: CurrentUser, questionId: number, assignee: string) {
  return db.$transaction((tx) => setQuestionAssignment({ tx, user, record: (c) => recordChange(tx, { id: user.id, name: user.name }, c) }, { questionId, assignee }));
}

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    tmp = await createServerTestDatabase(dialect);
    db = tmp.prisma;
    wq = await import('./work-queue');
    ({ setQuestionAssignment } = await import('./question-assignment'));
    ({ listRecentChanges } = await import('./recent-changes'));
    ({ recordChange } = await import('./history/record-change'));
    await db.user.createMany({
      data: [
        { id: editor.id, name: editor.name, email: editor.email, role: 'editor' },
        { id: 'u-admin', name: 'Ada Admin', email: 'ada@example.test', role: 'admin' },
        { id: 'u-viewer', name: 'Vi Ewer', email: 'vi@example.test', role: 'viewer' },
        { id: 'u-banned', name: 'Ban Ned', email: 'ban@example.test', role: 'editor', banned: true },
      ],
    });
    const member = await createMember(db);
    const m = await createDepartment(db, { name: 'Ministry of Defence' });
    const h = await createDepartment(db, { name: 'Home Office' });
    mod = m;
    home = h;
    const base = { askingMemberId: member.id, departmentId: m.id, dateTabled: '2025-03-01' };
    ids.overdueNamed = (await createQuestion(db, { ...base, dateDue: '2025-03-10', isNamedDay: true, heading: 'Overdue named day' })).id;
    ids.holdingPast = (await createQuestion(db, { ...base, dateDue: '2025-03-12', state: 'HOLDING', heading: 'Holding past due' })).id;
    ids.dueToday = (await createQuestion(db, { ...base, dateDue: '2025-03-19', heading: 'Due today' })).id;
    ids.homeLater = (await createQuestion(db, { ...base, departmentId: h.id, dateDue: '2025-03-24', heading: 'Home Office later' })).id;
    ids.later = (await createQuestion(db, { ...base, dateDue: '2025-03-26', heading: 'Later' })).id;
    await createQuestion(db, { ...base, dateDue: '2025-03-05', state: 'ANSWERED', dateAnswered: '2025-03-04', heading: 'Answered' });
    await createQuestion(db, { ...base, dateDue: '2025-03-06', state: 'CORRECTED', dateAnswered: '2025-03-04', heading: 'Corrected' });
    await createQuestion(db, { ...base, dateDue: '2025-03-07', state: 'WITHDRAWN', heading: 'Withdrawn' });
  });
  afterAll(() => tmp.cleanup());

  describe('the work queue', () => {
    it('lists questions awaiting or holding, due soonest first, with overdue and named-day marked', async () => {
      const queue = await wq.listWorkQueue({ userId: editor.id, today: TODAY });
      expect(queue.rows.map((r) => r.heading)).toEqual(['Overdue named day', 'Holding past due', 'Due today', 'Home Office later', 'Later']);
      expect(queue.total).toBe(5);
      expect(queue.overdue).toBe(1); // a holding answer is not overdue (lib/question-status.ts)
      const [first, holding, today] = queue.rows;
      expect(first).toMatchObject({ status: 'overdue', isNamedDay: true, dueInDays: -9, assignee: null });
      expect(first!.answerHref).toBe(`${first!.href}/answers/new`);
      expect(first!.href).toMatch(/^\/questions\/commons\/2025-03-01\//);
      expect(holding).toMatchObject({ status: 'holding', dueInDays: -7 });
      expect(holding!.answerHref).toBe(`${holding!.href}/answers/new?kind=substantive`);
      expect(today).toMatchObject({ status: 'awaiting', dueInDays: 0 });
    });

    it('pages through the queue and filters by department', async () => {
      const second = await wq.listWorkQueue({ userId: editor.id, today: TODAY, page: 2, pageSize: 2 });
      expect(second.rows.map((r) => r.heading)).toEqual(['Due today', 'Home Office later']);
      expect(second.total).toBe(5);
      const homeOnly = await wq.listWorkQueue({ userId: editor.id, today: TODAY, departmentId: home.id });
      expect(homeOnly.rows.map((r) => r.heading)).toEqual(['Home Office later']);
      expect(homeOnly.total).toBe(1);
      expect(await wq.resolveWorkQueueDepartment({ mine: false, page: 1, department: mod.slug })).toMatchObject({ department: { id: mod.id }, problem: null });
      expect((await wq.resolveWorkQueueDepartment({ mine: false, page: 1, department: 'nowhere' })).problem).toContain('nowhere');
    });

    it('offers editors and admins whose accounts are enabled as assignees', async () => {
      expect(await wq.listAssignableUsers()).toEqual([
        { id: 'u-admin', name: 'Ada Admin' },
        { id: editor.id, name: 'Ed Itor' },
      ]);
    });
  });

  describe('assigning questions', () => {
    it('assigns to me, shows it under Mine, reassigns and unassigns, recording each in the question’s history', async () => {
      expect((await assign(editor, ids.later!, 'me')).message).toMatch(/to you\.$/);
      expect((await assign(editor, ids.dueToday!, 'u-admin')).message).toMatch(/to Ada Admin\.$/);

      const mine = await wq.listWorkQueue({ userId: editor.id, today: TODAY, mine: true });
      expect(mine.rows.map((r) => [r.heading, r.assignee?.name])).toEqual([['Later', 'Ed Itor']]);
      expect(await wq.countAssignedOpen(editor.id)).toBe(1);
      const all = await wq.listWorkQueue({ userId: editor.id, today: TODAY });
      expect(all.rows.find((r) => r.id === ids.dueToday)?.assignee).toEqual({ id: 'u-admin', name: 'Ada Admin' });

      await assign(editor, ids.later!, 'u-admin');
      expect((await wq.listWorkQueue({ userId: editor.id, today: TODAY, mine: true })).rows).toEqual([]);
      expect((await assign(editor, ids.later!, '')).message).toContain('was Ada Admin');

      const history = await db.changeLog.findMany({ where: { entityType: 'Question', entityId: String(ids.later) }, orderBy: { id: 'asc' } });
      expect(history.map((h) => [h.action, JSON.parse(h.before!).assignee?.name ?? null, JSON.parse(h.after!).assignee?.name ?? null])).toEqual([
        ['assign', null, 'Ed Itor'],
        ['assign', 'Ed Itor', 'Ada Admin'],
        ['assign', 'Ada Admin', null],
      ]);
      expect(history[0]!.actor).toBe('Ed Itor');
    });

    it('refuses viewers, disabled accounts, unknown questions and changes that change nothing', async () => {
      await expect(assign(editor, ids.homeLater!, 'u-viewer')).rejects.toMatchObject({ fieldErrors: { assignee: ['Choose an editor or admin from the list'] } });
      await expect(assign(editor, ids.homeLater!, 'u-banned')).rejects.toMatchObject({ fieldErrors: { assignee: expect.any(Array) } });
      await expect(assign(editor, ids.homeLater!, 'no-such-user')).rejects.toMatchObject({ fieldErrors: { assignee: expect.any(Array) } });
      await expect(assign(editor, 999_999, 'me')).rejects.toThrow('no longer exists');
      await expect(assign(editor, ids.homeLater!, '')).rejects.toThrow('not assigned to anyone');
      await assign(editor, ids.homeLater!, 'me');
      await expect(assign(editor, ids.homeLater!, editor.id)).rejects.toThrow('already assigned to you');
      expect(await db.questionAssignment.count({ where: { questionId: ids.homeLater } })).toBe(1);
    });
  });

  describe('recently logged', () => {
    it('lists the latest changes newest first, linking to each record or, when it is gone, to its history', async () => {
      const topic = await db.topic.create({ data: { name: 'Recent topic', slug: 'recent-topic' } });
      await db.$transaction(async (tx) => {
        const actor = { id: editor.id, name: editor.name };
        await recordChange(tx, actor, { entityType: 'Topic', entityId: topic.id, action: 'update', summary: 'Recent topic' });
        await recordChange(tx, actor, { entityType: 'Topic', entityId: 424242, action: 'merge', summary: 'Gone topic' });
        await recordChange(tx, actor, { entityType: 'User', entityId: 'u-viewer', action: 'update', summary: 'vi@example.test' });
      });
      const recent = await listRecentChanges({ limit: 3 });
      expect(recent.map((r) => [r.action, r.summary, r.href, r.gone])).toEqual([
        ['merge', 'Gone topic', '/history/Topic/424242', true],
        ['update', 'Recent topic', '/topics/recent-topic', false],
        ['assign', expect.stringContaining('Home Office later'), expect.stringMatching(/^\/questions\/commons\//), false],
      ]);
      expect(recent[0]).toMatchObject({ actor: 'Ed Itor', entityType: 'Topic' });
      expect((await listRecentChanges({ limit: 1, includeAccounts: true }))[0]).toMatchObject({ entityType: 'User', href: '/admin/users' });
    });
  });
});
