import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentKey } from '@/server/search/sqlite/sqlite-search-sql';
import { loadSearchFixture, type SearchFixture } from '@/test/search-fixtures';
import { createTempDb, type TempDb } from '@/test/temp-db';

// The question_search index is kept by triggers (prisma/migrations/*_question_search): these tests
// change data through Prisma, as the app does, and read the index directly.
let temp: TempDb;
let db: Database.Database;
let fx: SearchFixture;

beforeEach(async () => {
  temp = createTempDb();
  fx = await loadSearchFixture(temp.prisma);
  db = openSqlite(temp.file, { readonly: true });
});
afterEach(async () => {
  db.close();
  await temp.cleanup();
});

/** Question ids matching an FTS5 expression, ascending. */
const hits = (match: string) =>
  (db.prepare('SELECT rowid & 4294967295 AS id FROM question_search WHERE question_search MATCH ? ORDER BY rowid').all(match) as { id: number }[])
    .map((r) => r.id)
    .sort((a, b) => a - b);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('question_search index kept in step by triggers', () => {
  it('exists with all its triggers on the fully migrated database', () => {
    const triggers = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'question_search_%'").all() as { name: string }[]).map((r) => r.name);
    expect(triggers.sort()).toEqual(
      [
        'question_search_answer_ad', 'question_search_answer_ai', 'question_search_answer_au',
        'question_search_answer_meeting_ad', 'question_search_answer_meeting_ai', 'question_search_answer_meeting_au',
        'question_search_department_au', 'question_search_meeting_au', 'question_search_member_au',
        'question_search_question_ad', 'question_search_question_ai', 'question_search_question_au',
      ].sort(),
    );
  });

  it('indexes each question once, keyed by date tabled and id', () => {
    const rows = db.prepare('SELECT rowid AS k FROM question_search ORDER BY rowid').all() as { k: number }[];
    expect(rows).toHaveLength(7);
    const q = db.prepare('SELECT id, dateTabled FROM Question WHERE uin = ?').get('100') as { id: number; dateTabled: number };
    expect(rows.map((r) => r.k)).toContain(documentKey(new Date(q.dateTabled), q.id));
    expect(hits('"joint production"')).toEqual([fx.ids['100']]);
  });

  it('follows answers as they are added, edited and deleted', async () => {
    const id = fx.ids['700']!;
    expect(hits('barracks')).toEqual([]);
    const answer = await temp.prisma.answerVersion.create({
      data: { questionId: id, sequence: 1, kind: 'SUBSTANTIVE', answeringMemberId: fx.members.healey, answeredOn: day('2025-06-02'), textHtml: '<p>New barracks</p>', textPlain: 'New barracks are planned.' },
    });
    expect(hits('barracks')).toEqual([id]);
    expect(hits('answer:barracks')).toEqual([id]);
    expect(hits('answerer:healey')).toEqual([fx.ids['500'], id].sort((a, b) => a! - b!));

    await temp.prisma.answerVersion.update({ where: { id: answer.id }, data: { textPlain: 'Refurbished quarters are planned.' } });
    expect(hits('barracks')).toEqual([]);
    expect(hits('quarters')).toEqual([id]);

    await temp.prisma.answerVersion.update({ where: { id: answer.id }, data: { answeringMemberId: fx.members.eagle } });
    expect(hits('answerer:healey')).toEqual([fx.ids['500']]);

    await temp.prisma.answerVersion.delete({ where: { id: answer.id } });
    expect(hits('quarters')).toEqual([]);
    expect(hits('"service family accommodation"')).toEqual([id]);
  });

  it('keeps every answer version searchable', async () => {
    expect(hits('six')).toEqual([fx.ids['500']]);
    expect(hits('seven')).toEqual([fx.ids['500']]);
    await temp.prisma.answerVersion.deleteMany({ where: { questionId: fx.ids['500'], sequence: 2 } });
    expect(hits('seven')).toEqual([]);
    expect(hits('six')).toEqual([fx.ids['500']]);
  });

  it('follows edits to the question, including a new date tabled, and its deletion', async () => {
    const id = fx.ids['200']!;
    await temp.prisma.question.update({ where: { id }, data: { heading: 'Asylum: Barges' } });
    expect(hits('heading:barges')).toEqual([id]);
    expect(hits('heading:hotels')).toEqual([]);

    await temp.prisma.question.update({ where: { id }, data: { dateTabled: day('2024-12-01') } });
    const keys = (db.prepare('SELECT rowid AS k FROM question_search WHERE rowid & 4294967295 = ?').all(id) as { k: number }[]).map((r) => r.k);
    expect(keys).toEqual([documentKey(day('2024-12-01'), id)]);

    await temp.prisma.question.update({ where: { id }, data: { state: 'ANSWERED' } });
    expect(hits('barges')).toEqual([id]);

    await temp.prisma.question.delete({ where: { id } });
    expect(hits('barges')).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM question_search').get() as { n: number }).n).toBe(6);
  });

  it('deletes a question with its answers and meetings, leaving nothing behind', async () => {
    const id = fx.ids['100']!;
    await temp.prisma.question.delete({ where: { id } });
    for (const word of ['paris', 'E5', 'europe', 'morello']) {
      expect(hits(word)).not.toContain(id);
    }
    expect(hits('paris')).toEqual([]);
  });

  it('follows renamed members and departments and the meetings answers cite', async () => {
    await temp.prisma.member.update({ where: { id: fx.members.morello }, data: { displayName: 'Edward Morello-Smythe' } });
    expect(hits('asker:smythe')).toHaveLength(4);
    await temp.prisma.department.update({ where: { slug: 'home-office' }, data: { name: 'Home Department' } });
    expect(hits('department:"home department"')).toEqual([fx.ids['200'], fx.ids['600']].sort((a, b) => a! - b!));

    await temp.prisma.meeting.update({ where: { id: fx.meetings.paris }, data: { place: 'Lyon' } });
    expect(hits('meeting:lyon')).toEqual([fx.ids['100']]);
    expect(hits('meeting:paris')).toEqual([]);
    await temp.prisma.meeting.delete({ where: { id: fx.meetings.e5 } });
    expect(hits('meeting:E5')).toEqual([]);
    expect(hits('E5')).toEqual([fx.ids['100']]); // still in the answer's own words
  });

  it('keeps the filter tags (department, House, asking member, party) in step', async () => {
    const q = await temp.prisma.question.findFirstOrThrow({ where: { uin: '200' }, include: { askingMember: true } });
    const home = q.departmentId;
    const mod = (await temp.prisma.department.findUniqueOrThrow({ where: { slug: 'ministry-of-defence' } })).id;
    expect(hits(`{tags} : "d${home}"`)).toContain(q.id);
    await temp.prisma.question.update({ where: { id: q.id }, data: { departmentId: mod, house: 'LORDS' } });
    expect(hits(`{tags} : "d${home}"`)).not.toContain(q.id);
    expect(hits(`"asylum" AND {tags} : "d${mod}" AND {tags} : "hlords"`)).toEqual([q.id]);
    const conservative = (await temp.prisma.party.findUniqueOrThrow({ where: { name: 'Conservative' } })).id;
    expect(hits(`{tags} : "p${conservative}"`)).not.toContain(q.id);
    await temp.prisma.member.update({ where: { id: q.askingMemberId }, data: { partyId: conservative } });
    expect(hits(`{tags} : "p${conservative}"`)).toContain(q.id);
    expect(hits(`{tags} : "m${q.askingMemberId}"`)).toEqual([fx.ids['200'], fx.ids['500']].sort((a, b) => a! - b!));
  });

  it('keeps the status tags (state, and the due day of awaiting questions) in step', async () => {
    const q = await temp.prisma.question.findFirstOrThrow({ where: { uin: '200' } });
    const dueDay = (date: Date) => `due${date.getTime() / 86_400_000}`;
    expect(q.state).toBe('AWAITING');
    expect(hits(`{tags} : "sawaiting"`)).toContain(q.id);
    expect(hits(`{tags} : "${dueDay(q.dateDue)}"`)).toEqual([q.id]);

    await temp.prisma.question.update({ where: { id: q.id }, data: { dateDue: day('2025-07-01') } });
    expect(hits(`{tags} : "${dueDay(q.dateDue)}"`)).toEqual([]);
    expect(hits(`{tags} : "${dueDay(day('2025-07-01'))}"`)).toEqual([q.id]);

    await temp.prisma.question.update({ where: { id: q.id }, data: { state: 'HOLDING' } });
    expect(hits(`{tags} : "sawaiting"`)).not.toContain(q.id);
    expect(hits(`"asylum" AND {tags} : "sholding"`)).toEqual([q.id]);
    expect(hits(`{tags} : "${dueDay(day('2025-07-01'))}"`)).toEqual([]); // due days only mark awaiting questions
    expect(hits('"asylum"')).toEqual([q.id]);
  });

  it('stays internally consistent after all that', async () => {
    await temp.prisma.answerVersion.deleteMany({});
    await temp.prisma.question.deleteMany({ where: { uin: { in: ['100', '200'] } } });
    const writer = openSqlite(temp.file);
    try {
      expect(() => writer.prepare("INSERT INTO question_search (question_search, rank) VALUES ('integrity-check', 0)").run()).not.toThrow();
    } finally {
      writer.close();
    }
    expect(hits('deterrent')).toEqual([fx.ids['500']]);
    expect(hits('six')).toEqual([]);
  });
});

describe('question_search index and unchanged writes', () => {
  let local: TempDb;
  beforeEach(async () => {
    local = createTempDb();
    await loadSearchFixture(local.prisma);
  });
  afterEach(() => local.cleanup());

  it('leaves the index untouched when an update sets the same values', async () => {
    const shadow = () => JSON.stringify(openSqlite(local.file, { readonly: true }).prepare('SELECT * FROM question_search_data ORDER BY rowid').all(), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v));
    const before = shadow();
    const q = await local.prisma.question.findFirstOrThrow({ where: { uin: '100' }, include: { answers: true } });
    await local.prisma.question.update({ where: { id: q.id }, data: { heading: q.heading, text: q.text, dateTabled: q.dateTabled, departmentId: q.departmentId } });
    await local.prisma.answerVersion.update({ where: { id: q.answers[0]!.id }, data: { textPlain: q.answers[0]!.textPlain } });
    await local.prisma.member.update({ where: { slug: 'edward-morello' }, data: { displayName: 'Edward Morello' } });
    await local.prisma.department.update({ where: { slug: 'ministry-of-defence' }, data: { name: 'Ministry of Defence', shortName: 'MoD' } });
    expect(shadow()).toBe(before);
  });
});
