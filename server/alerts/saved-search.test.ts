import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonToday } from '@/lib/dates';
import { alertWorld, syncAnswer, syncQuestion, withdraw } from '@/test/alert-world';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { createParty, createMember } from '@/test/factories';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { prismaNameResolver } from '@/server/search/resolve-filters';
import { searchQuestionsFromParams } from '@/server/search/question-search';
import { PostgresQuestionSearch } from '@/server/search/postgres/postgres-search';
import { SqliteQuestionSearch } from '@/server/search/sqlite/sqlite-search';
import type { QuestionSearchBackend } from '@/server/search/types';
import { alertDialect, type QuestionText } from './alert-dialect';
import { loadQuestionFacts } from './question-facts';
import { compileSavedSearch, filterPredicate } from './saved-search';

/**
 * The sender's reading of a saved search (filters in memory, words in a temporary index of the new
 * questions: sqlite-alert-text.ts, postgres-alert-text.ts) must pick exactly the questions the table
 * shows for the same address, on each database.
 */
let db: TestDatabase;
let ids: number[];
let slugs: { department: string; other: string; topic: string; member: string; minister: string; party: string };

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const w = await alertWorld(db.prisma);
    const party = await createParty(db.prisma, { name: 'Green Party' });
    const green = await createMember(db.prisma, { displayName: 'Gwen Green', partyId: party.id, house: 'LORDS' });
    const q1 = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Military drones procurement', dateTabled: '2025-03-03', dateDue: '2025-03-10' });
    const q2 = await syncQuestion(db.prisma, { askingMemberId: green.id, departmentId: w.other.id, house: 'LORDS', uin: 'HL77', heading: 'Civil drones and airports', dateTabled: '2025-03-04', dateDue: '2099-01-01', isNamedDay: true });
    const q3 = await syncQuestion(db.prisma, { askingMemberId: w.member.id, departmentId: w.department.id, heading: 'Tank engines', dateTabled: '2025-03-05' });
    const q4 = await syncQuestion(db.prisma, { askingMemberId: green.id, departmentId: w.department.id, heading: 'Drone pilots training', text: 'To ask about military training for drone pilots.', dateTabled: '2025-03-06' });
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
    // every form of the search syntax: fields, phrases, prefixes, exclusions, OR across fields
    'q=answer:quadcopters',
    'q=question:military',
    'q=heading:military',
    'q=military -heading:civil',
    'q=drones NOT "civil drones"',
    'q="military drones" OR heading:tank',
    'q="drones procure"*',
    'q=pilot*',
    'q=heading:tank OR asker:green',
    'q=asker:green',
    'q=member:answerer',
    'q=answerer:maria',
    'q=department:alerts',
    'q=department:"department of quiet"',
    'q=drones -asker:green',
    'q=DRONES Engines OR quadcopter',
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
      const backend: QuestionSearchBackend = dialect === 'sqlite' ? new SqliteQuestionSearch(db.file!) : new PostgresQuestionSearch(db.url);
      const facts = await loadQuestionFacts(db.prisma, ids);
      const text: QuestionText = alertDialect(db.prisma).questionText(parseDatabaseUrl(db.url), ids);
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
            const words = await text.matching(compiled.text);
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
        await text.close();
        await backend.close();
      }
    });

    it('match words among the new questions only', async () => {
      const [q1, q2, q3] = ids as [number, number, number];
      const text = alertDialect(db.prisma).questionText(parseDatabaseUrl(db.url), [q2, q3]);
      try {
        const drones = await compileSavedSearch('q=drones', prismaNameResolver(db.prisma), londonToday());
        expect(drones.ok && drones.text).toBeTruthy();
        if (!drones.ok || !drones.text) return;
        const found = await text.matching(drones.text);
        expect([...found]).toEqual([q2]); // q1 and q4 match too, but are not among the new ones
        expect(found.has(q1)).toBe(false);
      } finally {
        await text.close();
      }
    });
  });
});
