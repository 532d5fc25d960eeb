import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { ChangeInput } from '@/server/history/record-change';
import { createDepartment, createMember, createQuestion } from '@/test/factories';

// The data layer opens DATABASE_URL on first import, so the modules are loaded after the temp database exists.
let tmp: TestDatabase;
let db: PrismaClient;
let mergeTopics: typeof import('./topic-merge').mergeTopics;
let setTopicTags: typeof import('./topic-tags').setTopicTags;
let findMovedTopic: typeof import('./topic-redirects').findMovedTopic;
let FormError: typeof import('./actions/staff-action').FormError;
let recordChange: typeof import('./history/record-change').recordChange;
let latestChangeId: typeof import('./history/concurrency').latestChangeId;
let ConflictError: typeof import('./history/concurrency').ConflictError;

const actor = { id: null, name: 'Test Editor' };
let base: { askingMemberId: number; departmentId: number };

/** Runs a business step the way staffAction does: one transaction, history through `record`. */
function write<T>(step: (ctx: { tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]; record: (c: ChangeInput) => Promise<number> }) => Promise<T>): Promise<T> {
  return db.$transaction((tx) => step({ tx, record: (change) => recordChange(tx, actor, change) }));
}

async function topic(name: string) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return db.topic.create({ data: { name, slug, source: 'STAFF' } });
}

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    tmp = await createServerTestDatabase(dialect);
    db = tmp.prisma;
    ({ mergeTopics } = await import('./topic-merge'));
    ({ setTopicTags } = await import('./topic-tags'));
    ({ findMovedTopic } = await import('./topic-redirects'));
    ({ FormError } = await import('./actions/staff-action'));
    ({ recordChange } = await import('./history/record-change'));
    ({ latestChangeId, ConflictError } = await import('./history/concurrency'));
    const member = await createMember(db);
    const department = await createDepartment(db);
    base = { askingMemberId: member.id, departmentId: department.id };
  });
  afterAll(() => tmp.cleanup());

  describe('tagging records with topics', () => {
    it('tags from either end, records a link on the topic and on the record, and never duplicates', async () => {
      const energy = await topic('Energy tags');
      const heat = await topic('Heat pumps tags');
      const q1 = await createQuestion(db, { ...base, heading: 'Grid' });
      const q2 = await createQuestion(db, { ...base, heading: 'Meters' });

      // From the topic page: one topic, two questions.
      const first = await write((ctx) => setTopicTags(ctx, { kind: 'question', records: [q1.id, q2.id], topics: [energy.slug] }, true));
      expect(first.changed).toBe(2);
      // From the question page: one question, two topics, one of which it already has.
      const second = await write((ctx) => setTopicTags(ctx, { kind: 'question', records: [q1.id], topics: [energy.slug, heat.slug] }, true));
      expect(second.changed).toBe(1);
      expect(await db.questionTopic.findMany({ where: { questionId: q1.id }, orderBy: { topicId: 'asc' } })).toEqual([
        { questionId: q1.id, topicId: energy.id },
        { questionId: q1.id, topicId: heat.id },
      ]);

      const onTopic = await db.changeLog.findMany({ where: { entityType: 'Topic', entityId: String(energy.id) }, orderBy: { id: 'asc' } });
      expect(onTopic.map((e) => e.action)).toEqual(['link', 'link']);
      expect(JSON.parse(onTopic[0]!.after!)).toEqual({ question: { id: q1.id, label: `Commons ${q1.uin}: Grid` } });
      const onQuestion = await db.changeLog.findMany({ where: { entityType: 'Question', entityId: String(q1.id) }, orderBy: { id: 'asc' } });
      expect(onQuestion.map((e) => [e.action, JSON.parse(e.after!).topic.name])).toEqual([
        ['link', 'Energy tags'],
        ['link', 'Heat pumps tags'],
      ]);
    });

    it('refuses a change that changes nothing, and unknown topics or records, naming the field', async () => {
      const t = await topic('Refusals');
      const q = await createQuestion(db, base);
      await write((ctx) => setTopicTags(ctx, { kind: 'question', records: [q.id], topics: [t.slug] }, true));
      await expect(write((ctx) => setTopicTags(ctx, { kind: 'question', records: [q.id], topics: [t.slug] }, true))).rejects.toThrow('already has this topic');
      const unknownTopic = write((ctx) => setTopicTags(ctx, { kind: 'question', records: [q.id], topics: ['no-such-topic'] }, true));
      await expect(unknownTopic).rejects.toBeInstanceOf(FormError);
      await expect(unknownTopic).rejects.toMatchObject({ fieldErrors: { topics: [expect.stringContaining('no-such-topic')] } });
      await expect(write((ctx) => setTopicTags(ctx, { kind: 'meeting', records: [999_999], topics: [t.slug] }, true))).rejects.toMatchObject({
        fieldErrors: { records: [expect.stringContaining('No meeting has the id 999999')] },
      });
    });

    it('untags meetings and coverage, recording the unlink on both ends', async () => {
      const t = await topic('Untagging');
      const meeting = await db.meeting.create({ data: { date: new Date('2025-03-11T00:00:00Z'), title: 'Paris bilateral' } });
      const article = await db.coverage.create({ data: { outlet: 'Pulse', headline: 'Deal done', url: 'https://example.invalid/untag' } });
      await write((ctx) => setTopicTags(ctx, { kind: 'meeting', records: [meeting.id], topics: [t.slug] }, true));
      await write((ctx) => setTopicTags(ctx, { kind: 'coverage', records: [article.id], topics: [t.slug] }, true));
      const result = await write((ctx) => setTopicTags(ctx, { kind: 'meeting', records: [meeting.id], topics: [t.slug] }, false));
      expect(result.message).toBe('Removed “Untagging” from “Paris bilateral (11 March 2025)”.');
      expect(await db.meetingTopic.count({ where: { topicId: t.id } })).toBe(0);
      expect(await db.coverageTopic.count({ where: { topicId: t.id } })).toBe(1);
      const unlink = await db.changeLog.findFirstOrThrow({ where: { entityType: 'Meeting', entityId: String(meeting.id) }, orderBy: { id: 'desc' } });
      expect(unlink).toMatchObject({ action: 'unlink', before: expect.stringContaining('"name":"Untagging"') });
      await expect(write((ctx) => setTopicTags(ctx, { kind: 'meeting', records: [meeting.id], topics: [t.slug] }, false))).rejects.toThrow('does not have this topic');
    });
  });

  describe('merging topics', () => {
    it('moves every tag to the survivor without duplicates, removes the merged topic and records the merge on both', async () => {
      const from = await topic('Heat networks');
      const into = await topic('Energy networks');
      const [shared, onlyFrom, onlyInto] = [await createQuestion(db, base), await createQuestion(db, base), await createQuestion(db, base)];
      const meeting = await db.meeting.create({ data: { date: new Date('2025-03-12T00:00:00Z'), title: 'E5' } });
      const article = await db.coverage.create({ data: { outlet: 'Pulse', headline: 'Merged', url: 'https://example.invalid/merge' } });
      await db.questionTopic.createMany({
        data: [
          { questionId: shared.id, topicId: from.id },
          { questionId: shared.id, topicId: into.id },
          { questionId: onlyFrom.id, topicId: from.id },
          { questionId: onlyInto.id, topicId: into.id },
        ],
      });
      await db.meetingTopic.create({ data: { meetingId: meeting.id, topicId: from.id } });
      await db.coverageTopic.createMany({ data: [{ coverageId: article.id, topicId: from.id }, { coverageId: article.id, topicId: into.id }] });

      const outcome = await write((ctx) => mergeTopics(ctx, { id: from.id, into: into.slug, baseChangeId: 0 }));
      expect(outcome.moved).toEqual({ questionIds: [onlyFrom.id], meetingIds: [meeting.id], coverageIds: [] });

      expect(await db.topic.findUnique({ where: { id: from.id } })).toBeNull();
      const questionIds = (await db.questionTopic.findMany({ where: { topicId: into.id }, orderBy: { questionId: 'asc' } })).map((r) => r.questionId);
      expect(questionIds).toEqual([shared.id, onlyFrom.id, onlyInto.id]);
      expect(await db.questionTopic.count({ where: { topicId: from.id } })).toBe(0);
      expect(await db.meetingTopic.findMany({ where: { meetingId: meeting.id } })).toEqual([{ meetingId: meeting.id, topicId: into.id }]);
      expect(await db.coverageTopic.findMany({ where: { coverageId: article.id } })).toEqual([{ coverageId: article.id, topicId: into.id }]);

      const onFrom = await db.changeLog.findFirstOrThrow({ where: { entityType: 'Topic', entityId: String(from.id) }, orderBy: { id: 'desc' } });
      expect(onFrom.action).toBe('merge');
      expect(JSON.parse(onFrom.before!)).toMatchObject({ name: 'Heat networks', slug: from.slug, questionIds: [shared.id, onlyFrom.id], meetingIds: [meeting.id], coverageIds: [article.id] });
      expect(JSON.parse(onFrom.after!)).toEqual({ mergedInto: { id: into.id, slug: into.slug, name: 'Energy networks' } });
      const onInto = await db.changeLog.findFirstOrThrow({ where: { entityType: 'Topic', entityId: String(into.id) }, orderBy: { id: 'desc' } });
      expect(onInto.action).toBe('merge');
      expect(JSON.parse(onInto.after!)).toEqual({
        mergedFrom: { id: from.id, slug: from.slug, name: 'Heat networks' },
        moved: { questionIds: [onlyFrom.id], meetingIds: [meeting.id], coverageIds: [] },
        alreadyTagged: { questionIds: [shared.id], meetingIds: [], coverageIds: [article.id] },
      });

      // The merged topic's address leads to the survivor, through a later rename too.
      expect(await findMovedTopic(from.slug)).toEqual({ slug: into.slug, name: 'Energy networks' });
      await write(async ({ tx, record }) => {
        await tx.topic.update({ where: { id: into.id }, data: { name: 'Energy grids', slug: 'energy-grids' } });
        await record({ entityType: 'Topic', entityId: into.id, action: 'update', before: { name: into.name, slug: into.slug }, after: { name: 'Energy grids', slug: 'energy-grids' } });
      });
      expect(await findMovedTopic(from.slug)).toEqual({ slug: 'energy-grids', name: 'Energy grids' });
      expect(await findMovedTopic(into.slug)).toEqual({ slug: 'energy-grids', name: 'Energy grids' });
      expect(await findMovedTopic('never-a-topic')).toBeNull();
    });

    it('refuses merging into itself, into an unknown topic, a topic already merged, and a stale form', async () => {
      const a = await topic('Merge refusals A');
      const b = await topic('Merge refusals B');
      await expect(write((ctx) => mergeTopics(ctx, { id: a.id, into: a.slug, baseChangeId: 0 }))).rejects.toMatchObject({ fieldErrors: { into: [expect.stringContaining('itself')] } });
      await expect(write((ctx) => mergeTopics(ctx, { id: a.id, into: 'nowhere', baseChangeId: 0 }))).rejects.toMatchObject({ fieldErrors: { into: [expect.stringContaining('nowhere')] } });
      await expect(write((ctx) => mergeTopics(ctx, { id: 999_999, into: b.slug, baseChangeId: 0 }))).rejects.toThrow('no longer exists');

      const loadedAt = await latestChangeId(db, 'Topic', a.id);
      await write(({ record }) => record({ entityType: 'Topic', entityId: a.id, action: 'update', summary: 'edited meanwhile' }));
      await expect(write((ctx) => mergeTopics(ctx, { id: a.id, into: b.slug, baseChangeId: loadedAt }))).rejects.toBeInstanceOf(ConflictError);
      expect(await db.topic.findUnique({ where: { id: a.id } })).not.toBeNull();
    });
  });
});
