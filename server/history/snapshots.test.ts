import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POSTGRES_EXTERNAL_TABLES } from '@/lib/db/external-tables';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { loadSearchFixture, type SearchFixture } from '@/test/search-fixtures';
import { searchIds } from '@/test/search-test-db';
import { deleteWithSnapshot, restoreDeleted } from './delete-restore';
import { recordChange } from './record-change';
import { describeContents, RestoreRefusedError, type DeletableEntity } from './snapshots';

// Delete then restore must give back exactly the rows there were (same ids, same links) and the same
// search index, for every kind of record; the data is changed through Prisma as the app does.
let temp: TestDatabase;
let fx: SearchFixture & { a100: number; topic: number; article: number };
const actor = { id: null, name: 'test' };

describe.each(DIALECTS)('on %s', (dialect) => {
  // One database per dialect for the file, emptied before each test.
  beforeAll(async () => {
    temp = await createTestDatabase(dialect);
  });
  afterAll(() => temp.cleanup());
  beforeEach(async () => {
    await temp.reset();
    const base = await loadSearchFixture(temp.prisma);
    const p = temp.prisma;
    const q100 = base.ids['100']!;
    const a100 = (await p.answerVersion.findFirstOrThrow({ where: { questionId: q100 } })).id;
    const topic = (await p.topic.findFirstOrThrow()).id;
    const article = (await p.coverage.findFirstOrThrow()).id;
    // Every kind of link, so each one is deleted and put back.
    await p.attachment.create({ data: { answerId: a100, title: 'Annex', url: 'https://example.invalid/annex.pdf', fileType: 'PDF', sizeBytes: 1200 } });
    await p.meetingParticipant.create({ data: { meetingId: base.meetings.paris, memberId: base.members.eagle, role: 'Minister' } });
    await p.meetingParticipant.create({ data: { meetingId: base.meetings.paris, name: null, role: 'French counterpart', country: 'France' } });
    await p.meetingTopic.create({ data: { meetingId: base.meetings.paris, topicId: topic } });
    await p.coverageTopic.create({ data: { coverageId: article, topicId: topic } });
    await p.coverageMember.create({ data: { coverageId: article, memberId: base.members.morello } });
    await p.questionFollowUp.create({ data: { followUpId: base.ids['700']!, earlierId: q100, earlierAnswerId: a100, origin: 'STAFF' } });
    await p.questionFollowUp.create({ data: { followUpId: q100, earlierId: base.ids['400']!, origin: 'TEXT' } });
    await p.questionGroupLink.createMany({ data: [{ fromId: q100, toId: base.ids['500']! }, { fromId: base.ids['500']!, toId: q100 }] });
    await p.user.create({ data: { id: 'u1', name: 'Edith Editor', email: 'edith@example.org', role: 'editor' } });
    await p.questionAssignment.create({ data: { questionId: q100, userId: 'u1', assignedById: 'u1', assignedAt: new Date('2025-03-14T09:30:00Z') } });
    fx = { ...base, a100, topic, article };
  });

  /** Every row of every app table (history and counters aside), order-independent, plus SQLite's search index's documents. */
  async function dump(prisma: PrismaClient, options: { ignore?: string[] } = {}) {
    const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
      dialect === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'question_search%' AND name NOT IN ('_prisma_migrations', 'ChangeLog') ORDER BY name"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'ChangeLog') ORDER BY table_name",
    );
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      // PostgreSQL's hand-made tables are counters (rate limits, the count cache's change counter), not data.
      if (dialect === 'postgresql' && POSTGRES_EXTERNAL_TABLES.includes(name)) continue;
      // PostgreSQL's rows as JSON text: Prisma's raw queries cannot read the search's tsvector columns,
      // which are compared too (the same search index after a restore).
      const rows =
        dialect === 'sqlite'
          ? await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`)
          : (await prisma.$queryRawUnsafe<{ r: string }[]>(`SELECT to_jsonb(t)::text AS r FROM "${name}" t`)).map((row) => JSON.parse(row.r) as Record<string, unknown>);
      out[name] = rows.map((r) => JSON.stringify(r, (k, v: unknown) => (options.ignore?.includes(`${name}.${k}`) ? undefined : typeof v === 'bigint' ? Number(v) : v))).sort();
    }
    if (temp.file === null) return out;
    const db = new Database(temp.file, { readonly: true });
    out.question_search = (db.prepare('SELECT id, sz FROM question_search_docsize ORDER BY id').all() as { id: number; sz: Buffer }[]).map((r) => `${r.id}:${r.sz.toString('hex')}`);
    db.close();
    return out;
  }

  /** What the table search finds, through the dialect's own search backend and index. */
  const searchHits = (q: string) => searchIds(temp, q);

  const del = (type: DeletableEntity, id: number) => temp.prisma.$transaction((tx) => deleteWithSnapshot(tx, (c) => recordChange(tx, actor, c), type, id));
  const restore = (changeId: number) => temp.prisma.$transaction((tx) => restoreDeleted(tx, (c) => recordChange(tx, actor, c), changeId));
  const lastDelete = async () => (await temp.prisma.changeLog.findFirstOrThrow({ where: { action: 'delete' }, orderBy: { id: 'desc' } })).id;

  describe('delete and restore give back exactly what there was', () => {
    const cases: [DeletableEntity, () => number, string[]][] = [
      ['Question', () => fx.ids['100']!, []],
      // Deleting an answer changes its question's status (and so its updatedAt); restoring changes it back.
      ['AnswerVersion', () => fx.a100, ['Question.updatedAt']],
      ['Meeting', () => fx.meetings.paris, []],
      ['Coverage', () => fx.article, []],
      ['Topic', () => fx.topic, []],
    ];
    for (const [type, id, ignore] of cases) {
      it(`${type}: same rows, same ids, same links, same search index`, async () => {
        const before = await dump(temp.prisma, { ignore });
        await del(type, id());
        const deleted = await dump(temp.prisma, { ignore });
        expect(deleted).not.toEqual(before);
        const outcome = await restore(await lastDelete());
        expect(outcome.notRestored).toEqual([]);
        expect(await dump(temp.prisma, { ignore })).toEqual(before);
      });
    }

    // SQLite's FTS5 index and PostgreSQL's vectors, both kept by triggers (postgres_search migration).
    it('the search index forgets a deleted question and its cited meetings, and finds them again after the restore', async () => {
      const q100 = fx.ids['100']!;
      expect(await searchHits('"joint production"')).toEqual([q100]);
      await del('Meeting', fx.meetings.paris);
      expect(await searchHits('meeting:paris')).toEqual([]);
      await restore(await lastDelete());
      expect(await searchHits('meeting:paris')).toEqual([q100]);
      await del('Question', q100);
      expect(await searchHits('"joint production"')).toEqual([]);
      await restore(await lastDelete());
      expect(await searchHits('"joint production"')).toEqual([q100]);
    });

    it('an answer version: the question status follows, and follow-ups naming it point at it again', async () => {
      const q100 = fx.ids['100']!;
      await del('AnswerVersion', fx.a100);
      expect((await temp.prisma.question.findUniqueOrThrow({ where: { id: q100 } })).state).toBe('AWAITING');
      expect((await temp.prisma.questionFollowUp.findFirstOrThrow({ where: { earlierId: q100 } })).earlierAnswerId).toBeNull();
      await restore(await lastDelete());
      expect((await temp.prisma.question.findUniqueOrThrow({ where: { id: q100 } })).state).toBe('ANSWERED');
      expect((await temp.prisma.questionFollowUp.findFirstOrThrow({ where: { earlierId: q100 } })).earlierAnswerId).toBe(fx.a100);
    });
  });

  describe('history of a delete', () => {
    it('stores the snapshot, says what went with the record, and records the unlink on each linked record', async () => {
      const snapshot = await del('Question', fx.ids['100']!);
      expect(describeContents(snapshot)).toEqual(['1 answer version', '1 attachment', '2 meeting citations', '1 coverage link', '1 topic tag', '2 follow-up links', '2 grouping links', '1 assignment']);
      const unlinks = await temp.prisma.changeLog.findMany({ where: { action: 'unlink' }, orderBy: { id: 'asc' } });
      expect(unlinks.map((u) => `${u.entityType}:${u.entityId}`).sort()).toEqual(
        [`Meeting:${fx.meetings.paris}`, `Meeting:${fx.meetings.e5}`, `Coverage:${fx.article}`, `Topic:${fx.topic}`, `Question:${fx.ids['700']}`, `Question:${fx.ids['400']}`, `Question:${fx.ids['500']}`].sort(),
      );
    });
  });

  describe('restores that cannot be exact', () => {
    it('refuses when a new question took the same house, UIN and date tabled', async () => {
      const q = await temp.prisma.question.findUniqueOrThrow({ where: { id: fx.ids['100']! } });
      await del('Question', q.id);
      await temp.prisma.question.create({ data: { house: q.house, uin: q.uin, dateTabled: q.dateTabled, dateDue: q.dateDue, askingMemberId: q.askingMemberId, departmentId: q.departmentId, heading: 'New', text: 'New' } });
      await expect(restore(await lastDelete())).rejects.toThrow(/same house, UIN and date tabled/);
    });

    it('reports links whose other end has gone since, and restores the rest', async () => {
      await del('Question', fx.ids['100']!);
      const questionDelete = await lastDelete();
      await del('Meeting', fx.meetings.paris);
      const outcome = await restore(questionDelete);
      expect(outcome.notRestored).toEqual([`citation of a meeting: meeting ${fx.meetings.paris} no longer exists`]);
      expect(await temp.prisma.answerMeeting.findMany({ where: { answerId: fx.a100 } })).toEqual([{ answerId: fx.a100, meetingId: fx.meetings.e5 }]);
    });

    it('refuses to restore the same delete twice', async () => {
      await del('Topic', fx.topic);
      const id = await lastDelete();
      await restore(id);
      await expect(restore(id)).rejects.toBeInstanceOf(RestoreRefusedError);
    });
  });
});
