import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonToday } from '@/lib/dates';
import { alertWorld, syncAnswer, syncQuestion, withdraw } from '@/test/alert-world';
import { createParty, createMember } from '@/test/factories';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { prismaNameResolver } from '@/server/search/resolve-filters';
import { searchQuestionsFromParams } from '@/server/search/question-search';
import { SqliteQuestionSearch } from '@/server/search/sqlite-search';
import { loadQuestionFacts } from './question-facts';
import { compileSavedSearch, filterPredicate } from './saved-search';
import { NewQuestionText } from './sqlite-alert-text';

/**
 * The sender's reading of a saved search (filters in memory, words in a temporary index of the new
 * questions) must pick exactly the questions the table shows for the same address.
 */
let db: TempDb;
let ids: number[];
let slugs: { department: string; other: string; topic: string; member: string; minister: string; party: string };

beforeAll(async () => {
  db = createTempDb();
  const w = await alertWorld(db.prisma);
  const party = await createParty(db.prisma, { name: 'Green Party' });
  const green = await createMember(db.prisma, { displayName: 'Gwen Green', partyId: party.id, house: 'LORDS' });
  const q1 = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Military drones procurement', dateTabled: '2025-03-03', dateDue: '2025-03-10' });
  const q2 = await syncQuestion(db.prisma, { askingMemberId: green.id, departmentId: w.other.id, house: 'LORDS', uin: 'HL77', heading: 'Civil drones and airports', dateTabled: '2025-03-04', dateDue: '2099-01-01', isNamedDay: true });
  const q3 = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Tank engines', dateTabled: '2025-03-05' });
  const q4 = await syncQuestion(db.prisma, { askingMemberId: green.id, departmentId: w.department.id, heading: 'Drone pilots training', dateTabled: '2025-03-06' });
  await db.prisma.questionTopic.create({ data: { questionId: q1.id, topicId: w.topic.id } });
  await syncAnswer(db.prisma, q1.id, 'SUBSTANTIVE', '2025-03-12', w.minister.id, '<p>We are buying quadcopters.</p>');
  await syncAnswer(db.prisma, q3.id, 'HOLDING', '2025-03-12', w.minister.id);
  await withdraw(db.prisma, q4.id, '2025-03-07');
  ids = [q1.id, q2.id, q3.id, q4.id];
  slugs = { department: w.department.slug, other: w.other.slug, topic: w.topic.slug, member: w.member.slug, minister: w.minister.slug, party: 'green-party' };
});
afterAll(() => db.cleanup());

const QUERIES = () => [
  'q=drones',
  'q=drone*',
  'q=heading:drones',
  'q=quadcopters',
  'q=drones -civil',
  'q="military drones"',
  'q=drones OR tank',
  `department=${slugs.department}`,
  `department=${slugs.department}&q=drones`,
  `topic=${slugs.topic}`,
  `member=${slugs.member}`,
  `answerer=${slugs.minister}`,
  `party=${slugs.party}`,
  'house=lords',
  'status=answered',
  'status=holding',
  'status=overdue',
  'status=awaiting',
  'status=withdrawn',
  'namedDay=yes',
  'answeredFrom=2025-03-11&answeredTo=2025-03-12',
  'tabledFrom=2025-03-04&tabledTo=2025-03-05',
  'dueTo=2025-03-31',
  'q=uin:HL77',
  'q=house:lords drones',
  'q=status:holding',
];

describe('saved searches against new questions', () => {
  it('match exactly the questions the table shows for the same address', async () => {
    const today = londonToday();
    const names = prismaNameResolver(db.prisma);
    const backend = new SqliteQuestionSearch(db.file);
    const facts = await loadQuestionFacts(db.prisma, ids);
    const text = new NewQuestionText(db.file, ids);
    let nonEmpty = 0;
    let partial = 0;
    try {
      for (const query of QUERIES()) {
        const table = await searchQuestionsFromParams(new URLSearchParams(`${query}&size=100`), { backend, names, today });
        expect(table.ok, query).toBe(true);
        const expected = table.ok ? table.result.rows.map((r) => r.id).sort() : [];
        const compiled = await compileSavedSearch(query, names, today);
        expect(compiled.ok, query).toBe(true);
        if (!compiled.ok) continue;
        const passes = filterPredicate(compiled.filters, today);
        let got = compiled.impossible ? [] : ids.filter((id) => passes(facts.get(id)!));
        if (compiled.text && compiled.text.clauses.length > 0) {
          const words = text.matching(compiled.text);
          got = got.filter((id) => words.has(id));
        }
        expect(got.sort(), query).toEqual(expected);
        if (expected.length > 0) nonEmpty++;
        if (expected.length > 0 && expected.length < ids.length) partial++;
      }
      // The addresses are chosen to pick out real subsets, so agreement is not agreement on "nothing".
      expect(nonEmpty).toBeGreaterThanOrEqual(QUERIES().length - 2);
      expect(partial).toBeGreaterThanOrEqual(QUERIES().length - 3);
    } finally {
      text.close();
      backend.close?.();
    }
  });
});
