import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { startHarness, type Harness } from '@/test/parliament-fixture/harness';
import { answered, fixtureQuestion, type FixtureQuestion } from '@/test/parliament-fixture/records';
import { createQuestion } from '@/test/factories';

/**
 * Issue 11's promise for imported records: a question synced from Parliament's API (the fixture server
 * in its exact shape) and read back through /api/v1 loses nothing. Every field of the API's record is
 * compared, one by one, with what the API returns; the mapped fields are checked against it too.
 */
let db: TestDatabase;
let h: Harness;
let GET: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

/** A record with every field the API has, set: a corrected answer with attachments, grouped, named day. */
const RECORD: FixtureQuestion = fixtureQuestion(7301, {
  dateTabled: '2025-03-03',
  dateForAnswer: '2025-03-10',
  isNamedDay: true,
  memberHasInterest: true,
  heading: 'Armed Forces: Round Trip',
  questionText: 'To ask the Secretary of State for Defence, what steps his Department is taking on a round trip of every field.',
  ...answered('2025-03-09', '<p>Corrected answer.</p><table><tr><td>Cell</td></tr></table>'),
  answerIsCorrection: true,
  originalAnswerText: '<p>Original answer.</p><ul><li>One</li></ul>',
  correctingMemberId: 4102,
  dateAnswerCorrected: '2025-03-12',
  dateHoldingAnswer: '2025-03-05',
  groupedQuestions: ['7302'],
  groupedQuestionsDates: [{ questionUin: '7302', dateTabled: '2025-03-03T00:00:00' }],
  attachments: [{ title: 'Fixture annex', url: 'https://questions-statements.parliament.uk/fixture-annex.pdf', fileType: 'pdf', fileSizeBytes: 12345 }],
  // A field the API might add one day: kept and given back too.
  someFutureField: { kept: true },
});

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    process.env.API_RATE_LIMIT = '0';
    db = await createServerTestDatabase(dialect);
    h = await startHarness();
    h.fixture.setQuestions([RECORD, fixtureQuestion(7302, { dateTabled: '2025-03-03', groupedQuestions: ['7301'] })]);
    await h.sync(db.prisma, { from: '2025-03-01' });
    GET = (await import('@/app/api/v1/questions/[id]/route')).GET as typeof GET;
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  async function apiQuestion(parliamentId: number): Promise<Record<string, unknown>> {
    const { id } = await db.prisma.question.findUniqueOrThrow({ where: { parliamentId }, select: { id: true } });
    const response = await GET(new Request(`http://127.0.0.1/api/v1/questions/${id}`), { params: Promise.resolve({ id: String(id) }) });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  }

  describe('a question imported from Parliament, read back through /api/v1', () => {
    it('gives back every field of the API record, each with its value', async () => {
      const q = await apiQuestion(7301);
      const record = q.parliamentRecord as Record<string, unknown>;
      expect(record).not.toBeNull();
      for (const [field, value] of Object.entries(RECORD)) {
        expect({ field, value: record[field] }).toEqual({ field, value });
      }
    });

    it('maps the record onto the question, its answer versions and attachments', async () => {
      const q = (await apiQuestion(7301)) as {
        parliamentId: number;
        house: string;
        uin: string;
        dateTabled: string;
        dateDue: string;
        isNamedDay: boolean;
        memberHasInterest: boolean;
        heading: string;
        text: string;
        source: string;
        parliamentUrl: string;
        answers: { kind: string; answeredOn: string; textHtml: string; attachments: { title: string; url: string; fileType: string | null; sizeBytes: number | null }[] }[];
        grouped: { uin: string }[];
      };
      expect(q).toMatchObject({
        parliamentId: 7301,
        house: 'COMMONS',
        uin: '7301',
        dateTabled: '2025-03-03',
        dateDue: '2025-03-10',
        isNamedDay: true,
        memberHasInterest: true,
        heading: RECORD.heading,
        text: RECORD.questionText,
        source: 'PARLIAMENT',
        parliamentUrl: 'https://questions-statements.parliament.uk/written-questions/detail/2025-03-03/7301',
      });
      // The holding answer, the original answer kept as its own version, then the correction.
      expect(q.answers.map((a) => [a.kind, a.answeredOn])).toEqual([
        ['HOLDING', '2025-03-05'],
        ['SUBSTANTIVE', '2025-03-09'],
        ['CORRECTION', '2025-03-12'],
      ]);
      expect(q.answers[1]!.textHtml).toContain('<li>One</li>');
      expect(q.answers[2]!.textHtml).toContain('<td>Cell</td>');
      expect(q.answers.flatMap((a) => a.attachments)).toContainEqual(expect.objectContaining({ title: 'Fixture annex', url: 'https://questions-statements.parliament.uk/fixture-annex.pdf', fileType: 'pdf', sizeBytes: 12345 }));
      expect(q.grouped.map((g) => g.uin)).toEqual(['7302']);
    });

    it('has no Parliament record for a question logged by staff', async () => {
      const imported = await db.prisma.question.findUniqueOrThrow({ where: { parliamentId: 7302 } });
      const staff = await createQuestion(db.prisma, { askingMemberId: imported.askingMemberId, departmentId: imported.departmentId, source: 'STAFF' });
      const response = await GET(new Request(`http://127.0.0.1/api/v1/questions/${staff.id}`), { params: Promise.resolve({ id: String(staff.id) }) });
      expect(((await response.json()) as { parliamentRecord: unknown }).parliamentRecord).toBeNull();
    });
  });
});
