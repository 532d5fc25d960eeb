import { describe, expect, it } from 'vitest';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { searchQuestionsFromParams } from './question-search';

// Both databases' indexes follow the app's writes (SQLite: FTS5 triggers; PostgreSQL: the tsvector
// triggers of the postgres_search migration), seen through the search as a reader sees it. Data changes
// through Prisma, as the app makes them. Each test changes different questions of the fixture.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(DIALECTS)('the search index on %s', (dialect) => {
  const db = setUpDialectSearchDb(dialect);

  async function hits(q: string): Promise<number[]> {
    const outcome = await searchQuestionsFromParams(new URLSearchParams({ q, size: '100' }), db.deps());
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.result.rows.map((r) => r.id).sort((a, b) => a - b);
  }
  const sorted = (...ids: (number | undefined)[]) => (ids as number[]).sort((a, b) => a - b);

  it('follows answers as they are added, edited and deleted', async () => {
    const { ids, members } = db.fixture;
    const id = ids['700']!;
    expect(await hits('barracks')).toEqual([]);
    const answer = await db.prisma.answerVersion.create({
      data: { questionId: id, sequence: 1, kind: 'SUBSTANTIVE', answeringMemberId: members.healey, answeredOn: day('2025-06-02'), textHtml: '<p>New barracks</p>', textPlain: 'New barracks are planned.' },
    });
    expect(await hits('barracks')).toEqual([id]);
    expect(await hits('answer:barracks')).toEqual([id]);
    expect(await hits('question:barracks')).toEqual([]);
    expect(await hits('answerer:healey')).toEqual(sorted(ids['500'], id));
    await db.prisma.answerVersion.update({ where: { id: answer.id }, data: { textPlain: 'Refurbished quarters are planned.' } });
    expect(await hits('barracks')).toEqual([]);
    expect(await hits('quarters')).toEqual([id]);
    await db.prisma.answerVersion.update({ where: { id: answer.id }, data: { answeringMemberId: members.eagle } });
    expect(await hits('answerer:healey')).toEqual([ids['500']]);
    await db.prisma.answerVersion.delete({ where: { id: answer.id } });
    expect(await hits('quarters')).toEqual([]);
    expect(await hits('"service family accommodation"')).toEqual([id]);
  });

  it('keeps every answer version searchable', async () => {
    const { ids } = db.fixture;
    expect(await hits('six')).toEqual([ids['500']]);
    expect(await hits('seven')).toEqual([ids['500']]);
    // Words of different versions are both the question's answer words (PostgreSQL looks them up version by version).
    expect(await hits('answer:six answer:seven')).toEqual([ids['500']]);
    expect(await hits('answer:six OR answer:pryorden')).toEqual([ids['500']]);
    await db.prisma.answerVersion.deleteMany({ where: { questionId: ids['500'], sequence: 2 } });
    expect(await hits('seven')).toEqual([]);
    expect(await hits('answer:seven')).toEqual([]);
    expect(await hits('six')).toEqual([ids['500']]);
  });

  it('follows edits to the question and its deletion', async () => {
    const id = db.fixture.ids['200']!;
    await db.prisma.question.update({ where: { id }, data: { heading: 'Asylum: Barges' } });
    expect(await hits('heading:barges')).toEqual([id]);
    expect(await hits('heading:hotels')).toEqual([]);
    await db.prisma.question.update({ where: { id }, data: { dateTabled: day('2024-12-01'), state: 'ANSWERED' } });
    expect(await hits('barges')).toEqual([id]);
    await db.prisma.question.delete({ where: { id } });
    expect(await hits('barges')).toEqual([]);
  });

  it('follows renamed members and departments and the meetings answers cite', async () => {
    const { ids, members, meetings } = db.fixture;
    await db.prisma.member.update({ where: { id: members.morello }, data: { displayName: 'Edward Morello-Smythe' } });
    expect(await hits('asker:smythe')).toHaveLength(4);
    expect(await hits('answerer:smythe')).toEqual([]);
    await db.prisma.department.update({ where: { slug: 'home-office' }, data: { name: 'Home Department' } });
    expect(await hits('department:"home department"')).toEqual([ids['600']]);
    await db.prisma.meeting.update({ where: { id: meetings.paris }, data: { place: 'Lyon' } });
    expect(await hits('meeting:lyon')).toEqual([ids['100']]);
    expect(await hits('meeting:paris')).toEqual([]);
    expect(await hits('paris')).toEqual([ids['100']]); // still in the answer's own words
    await db.prisma.meeting.delete({ where: { id: meetings.e5 } });
    expect(await hits('meeting:E5')).toEqual([]);
    expect(await hits('E5')).toEqual([ids['100']]);
  });

  it('indexes a question added later, with its answer and cited meeting', async () => {
    const { members } = db.fixture;
    const department = await db.prisma.department.findUniqueOrThrow({ where: { slug: 'hm-treasury' } });
    const q = await db.prisma.question.create({
      data: { house: 'COMMONS', uin: '900', dateTabled: day('2025-05-31'), dateDue: day('2025-06-07'), askingMemberId: members.jones, departmentId: department.id, heading: 'Pensions: Café Workers', text: 'To ask the Chancellor about pensions.' },
    });
    expect(await hits('heading:cafe')).toEqual([q.id]);
    expect(await hits('café')).toEqual([q.id]);
    const answer = await db.prisma.answerVersion.create({
      data: { questionId: q.id, sequence: 1, kind: 'SUBSTANTIVE', answeringMemberId: members.smith, answeredOn: day('2025-06-02'), textHtml: '<p>x</p>', textPlain: 'Reviewed at the summit.' },
    });
    const summit = await db.prisma.meeting.create({ data: { date: day('2025-05-30'), title: 'Pensions summit', place: 'Leeds', kind: 'MULTILATERAL' } });
    await db.prisma.answerMeeting.create({ data: { answerId: answer.id, meetingId: summit.id } });
    expect(await hits('meeting:leeds')).toEqual([q.id]);
    expect(await hits('member:nowhere')).toEqual(expect.arrayContaining([q.id]));
  });
});
