import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import type { Prisma } from '@/generated/prisma/client';
import { createDepartment, createMember, createQuestion, day } from '@/test/factories';
import { createQuestionSchema, updateQuestionSchema } from '@/lib/validation/question-form';

let db: TestDatabase;
let writes: typeof import('./question-writes');
let links: typeof import('./question-links');
let recordChange: typeof import('./history/record-change').recordChange;
let member: { id: number; slug: string };
let department: { id: number; slug: string };

describe.each(DIALECTS)('on %s', (dialect) => {
  // One database per dialect for the file, emptied before each test.
  beforeAll(async () => {
    db = await createServerTestDatabase(dialect);
  });
  afterAll(() => db.cleanup());
  beforeEach(async () => {
    await db.reset();
    writes = await import('./question-writes');
    links = await import('./question-links');
    ({ recordChange } = await import('./history/record-change'));
    member = await createMember(db.prisma, { displayName: 'Asking Member' });
    department = await createDepartment(db.prisma, { name: 'Ministry of Defence' });
  });

  /** Runs a step as staffAction would: one transaction, history recorded by an editor. */
  function run<T>(step: (tx: Prisma.TransactionClient, record: (c: Parameters<typeof recordChange>[2]) => Promise<number>) => Promise<T>) {
    return db.prisma.$transaction((tx) => step(tx, (c) => recordChange(tx, { id: null, name: 'Test Editor' }, c)));
  }

  const form = (over: Record<string, unknown> = {}) =>
    createQuestionSchema.parse({
      house: 'COMMONS',
      uin: '8024',
      dateTabled: '11/03/2025',
      dateDue: '18/03/2025',
      askingMember: member.slug,
      department: department.slug,
      heading: 'Defence: Procurement',
      text: 'To ask the Secretary of State for Defence, what plans he has for joint weapons production.',
      ...over,
    });

  const history = (entityType: string, entityId: number) => db.prisma.changeLog.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: 'asc' } });

  describe('question writes', () => {
    it('creates a staff question with its topics, records history on both ends, and sends the editor to its page', async () => {
      const topic = await db.prisma.topic.create({ data: { name: 'Defence', slug: 'defence' } });
      const outcome = await run((tx, record) => writes.createQuestionRecord(tx, form({ topics: ['defence'] }), record));
      expect(outcome.redirectTo).toBe('/questions/commons/2025-03-11/8024');
      const q = await db.prisma.question.findFirstOrThrow({ where: { uin: '8024' }, include: { topics: true } });
      expect(q).toMatchObject({ source: 'STAFF', state: 'AWAITING', askingMemberId: member.id, departmentId: department.id });
      expect(q.topics.map((t) => t.topicId)).toEqual([topic.id]);
      expect((await history('Question', q.id)).map((h) => h.action)).toEqual(['create']);
      expect((await history('Topic', topic.id)).map((h) => h.action)).toEqual(['link']);
    });

    it('refuses a second question with the same House, UIN and date tabled, naming and linking the first', async () => {
      await run((tx, record) => writes.createQuestionRecord(tx, form(), record));
      const refusal = run((tx, record) => writes.createQuestionRecord(tx, form({ heading: 'Another' }), record));
      await expect(refusal).rejects.toMatchObject({ fieldErrors: { uin: [expect.stringContaining('Commons 8024 (11 March 2025) is already recorded')], _clash: ['/questions/commons/2025-03-11/8024', 'Commons 8024 (11 March 2025)'] } });
      // Same UIN on another day, or in the other House's shape, is a different question.
      await run((tx, record) => writes.createQuestionRecord(tx, form({ dateTabled: '12/03/2025' }), record));
      expect(await db.prisma.question.count()).toBe(2);
    });

    it('refuses a member or department the pickers did not offer', async () => {
      await expect(run((tx, record) => writes.createQuestionRecord(tx, form({ askingMember: 'nobody' }), record))).rejects.toMatchObject({ fieldErrors: { askingMember: [expect.stringMatching(/not in the records/)] } });
    });

    it('edits a question: the address moves, stale saves are refused with the newer values, demo UINs may stay', async () => {
      const demo = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id, uin: 'D100001', dateTabled: '2025-03-01' });
      const edit = (over: Record<string, unknown>) =>
        updateQuestionSchema.parse({ house: 'COMMONS', uin: 'D100001', dateTabled: '01/03/2025', dateDue: '08/03/2025', askingMember: member.slug, department: department.slug, heading: 'Edited', text: 'Text', id: demo.id, baseChangeId: 0, ...over });
      const first = await run((tx, record) => writes.updateQuestionRecord(tx, edit({}), record));
      expect(first.redirectTo).toBe('/questions/commons/2025-03-01/D100001');
      // A second editor still holding the form at change 0 is refused, and shown the newer heading.
      await expect(run((tx, record) => writes.updateQuestionRecord(tx, edit({ heading: 'Stale' }), record))).rejects.toMatchObject({
        details: { newer: expect.arrayContaining([{ label: 'Heading', value: 'Edited' }]) },
      });
      const base = (await history('Question', demo.id)).at(-1)!.id;
      // Changing the key needs a UIN in Parliament's shape.
      await expect(run((tx, record) => writes.updateQuestionRecord(tx, edit({ uin: 'D100002', baseChangeId: base }), record))).rejects.toMatchObject({ fieldErrors: { uin: [expect.stringMatching(/Commons UIN/)] } });
      const moved = await run((tx, record) => writes.updateQuestionRecord(tx, edit({ uin: '9001', dateTabled: '02/03/2025', baseChangeId: base }), record));
      expect(moved.redirectTo).toBe('/questions/commons/2025-03-02/9001');
      const entries = await history('Question', demo.id);
      expect(JSON.parse(entries.at(-1)!.before!)).toMatchObject({ uin: 'D100001', dateTabled: '2025-03-01' });
      expect(JSON.parse(entries.at(-1)!.after!)).toMatchObject({ uin: '9001', dateTabled: '2025-03-02' });
    });

    it('withdraws with a date and reinstates, through the status writer', async () => {
      const q = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id, dateTabled: '2025-03-01' });
      await expect(run((tx, record) => writes.withdrawQuestionRecord(tx, { id: q.id, withdrawnOn: day('2025-02-01') }, record))).rejects.toMatchObject({ fieldErrors: { withdrawnOn: [expect.stringMatching(/before the date tabled/)] } });
      await run((tx, record) => writes.withdrawQuestionRecord(tx, { id: q.id, withdrawnOn: day('2025-03-05') }, record));
      expect(await db.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ state: 'WITHDRAWN', withdrawnAt: day('2025-03-05') });
      await run((tx, record) => writes.reinstateQuestionRecord(tx, { id: q.id }, record));
      expect(await db.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ state: 'AWAITING', withdrawnAt: null });
      expect((await history('Question', q.id)).map((h) => h.action)).toEqual(['withdraw', 'reinstate']);
    });
  });

  describe('question links', () => {
    it('links follow-ups from the wording; a rejected pair is never suggested again; confirming makes it a staff link', async () => {
      const earlier = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id, uin: '1234', dateTabled: '2025-01-06' });
      const answer = await db.prisma.answerVersion.create({ data: { questionId: earlier.id, sequence: 1, kind: 'SUBSTANTIVE', answeredOn: day('2025-01-20'), textHtml: '<p>x</p>', textPlain: 'x' } });
      const text = 'To ask the Secretary of State for Defence, pursuant to the Answer of 20 January 2025 to Question 1234, what progress has been made.';
      await run((tx, record) => writes.createQuestionRecord(tx, form({ text }), record));
      const later = await db.prisma.question.findFirstOrThrow({ where: { uin: '8024' } });
      const link = await db.prisma.questionFollowUp.findFirstOrThrow({ where: { followUpId: later.id } });
      expect(link).toMatchObject({ earlierId: earlier.id, earlierAnswerId: answer.id, origin: 'TEXT' });
      expect((await history('Question', earlier.id)).map((h) => h.action)).toEqual(['link']);

      await run((tx, record) => links.removeFollowUp(tx, { id: later.id, followUpId: later.id, earlierId: earlier.id }, record, true));
      expect(await db.prisma.questionFollowUp.count()).toBe(0);
      // Editing the wording re-reads it, but the rejected pair stays unlinked.
      const base = (await history('Question', later.id)).at(-1)!.id;
      const edit = updateQuestionSchema.parse({ house: 'COMMONS', uin: '8024', dateTabled: '11/03/2025', dateDue: '18/03/2025', askingMember: member.slug, department: department.slug, heading: 'H', text: `${text} Again.`, id: later.id, baseChangeId: base });
      await run((tx, record) => writes.updateQuestionRecord(tx, edit, record));
      expect(await db.prisma.questionFollowUp.count()).toBe(0);

      // Staff may still link it by hand, and a detected link elsewhere can be confirmed.
      await run((tx, record) => links.addFollowUp(tx, { id: later.id, direction: 'earlier', other: earlier.id }, record));
      expect(await db.prisma.questionFollowUp.findFirstOrThrow({})).toMatchObject({ origin: 'STAFF' });
      await db.prisma.questionFollowUp.update({ where: { followUpId_earlierId: { followUpId: later.id, earlierId: earlier.id } }, data: { origin: 'TEXT' } });
      await run((tx, record) => links.confirmFollowUp(tx, { id: earlier.id, followUpId: later.id, earlierId: earlier.id }, record));
      expect(await db.prisma.questionFollowUp.findFirstOrThrow({})).toMatchObject({ origin: 'STAFF' });
    });

    it('refuses a follow-up tabled before the question it follows, or a link to itself', async () => {
      const a = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id, dateTabled: '2025-03-01' });
      const b = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id, dateTabled: '2025-02-01' });
      await expect(run((tx, record) => links.addFollowUp(tx, { id: a.id, direction: 'later', other: b.id }, record))).rejects.toMatchObject({ message: expect.stringMatching(/cannot be tabled before/) });
      await expect(run((tx, record) => links.addFollowUp(tx, { id: a.id, direction: 'earlier', other: a.id }, record))).rejects.toMatchObject({ message: expect.stringMatching(/itself/) });
    });

    it('groups in both directions and ungroups; tags and untags topics; history on both ends', async () => {
      const a = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id });
      const b = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id });
      await run((tx, record) => links.groupQuestions(tx, { id: a.id, other: b.id }, record));
      expect(await db.prisma.questionGroupLink.count()).toBe(2);
      await expect(run((tx, record) => links.groupQuestions(tx, { id: b.id, other: a.id }, record))).rejects.toMatchObject({ message: expect.stringMatching(/already grouped/) });
      await run((tx, record) => links.ungroupQuestions(tx, { id: b.id, other: a.id }, record));
      expect(await db.prisma.questionGroupLink.count()).toBe(0);
      expect((await history('Question', b.id)).map((h) => h.action)).toEqual(['link', 'unlink']);

      const topic = await db.prisma.topic.create({ data: { name: 'Europe', slug: 'europe' } });
      await run((tx, record) => links.tagQuestion(tx, { id: a.id, topic: 'europe' }, record));
      await run((tx, record) => links.untagQuestion(tx, { id: a.id, topic: 'europe' }, record));
      expect(await db.prisma.questionTopic.count()).toBe(0);
      expect((await history('Topic', topic.id)).map((h) => h.action)).toEqual(['link', 'unlink']);
    });
  });
});
