import { beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, useTestDatabase, type TestDatabase } from '@/test/test-database';
import { appendAnswerVersion, refreshQuestionState, setQuestionWithdrawn } from './question-state';

let db: TestDatabase;
let questionId: number;
let ministerId: number;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(DIALECTS)('on %s', (dialect) => {
  // One database per dialect for the file, emptied before each test.
  const database = useTestDatabase(dialect);
  beforeEach(async () => {
    db = database.current;
    const department = await db.prisma.department.create({ data: { name: 'Home Office', shortName: 'HO', slug: 'home-office' } });
    const asker = await db.prisma.member.create({ data: { displayName: 'Asker', listName: 'Asker', slug: 'asker', house: 'COMMONS' } });
    const minister = await db.prisma.member.create({ data: { displayName: 'Minister', listName: 'Minister', slug: 'minister', house: 'COMMONS' } });
    ministerId = minister.id;
    const q = await db.prisma.question.create({
      data: {
        house: 'COMMONS',
        uin: 'D100001',
        dateTabled: day('2026-06-01'),
        dateDue: day('2026-06-08'),
        askingMemberId: asker.id,
        departmentId: department.id,
        heading: 'Asylum: Housing',
        text: 'To ask the Secretary of State for the Home Department, …',
      },
    });
    questionId = q.id;
  });

  const stored = () =>
    db.prisma.question.findUniqueOrThrow({ where: { id: questionId }, select: { state: true, dateAnswered: true, daysToAnswer: true } });
  const append = (kind: 'HOLDING' | 'SUBSTANTIVE' | 'CORRECTION', answeredOn: string, html: string) =>
    db.prisma.$transaction((tx) => appendAnswerVersion(tx, { questionId, kind, answeredOn: day(answeredOn), answeringMemberId: ministerId, html, source: 'STAFF' }));

  describe('question state in the database', () => {
    it('follows appended versions holding → substantive → correction, keeping every version', async () => {
      expect(await stored()).toEqual({ state: 'AWAITING', dateAnswered: null, daysToAnswer: null });

      await append('HOLDING', '2026-06-08', '<p>I will reply as soon as possible.</p>');
      expect(await stored()).toEqual({ state: 'HOLDING', dateAnswered: null, daysToAnswer: null });

      await append('SUBSTANTIVE', '2026-06-15', '<p>The Department has <strong>no plans</strong>.</p><script>x()</script>');
      expect(await stored()).toEqual({ state: 'ANSWERED', dateAnswered: day('2026-06-15'), daysToAnswer: 14 });

      await append('CORRECTION', '2026-06-20', '<p>The Department has plans.</p>');
      expect(await stored()).toEqual({ state: 'CORRECTED', dateAnswered: day('2026-06-15'), daysToAnswer: 14 });

      const versions = await db.prisma.answerVersion.findMany({ where: { questionId }, orderBy: { sequence: 'asc' } });
      expect(versions.map((v) => [v.sequence, v.kind])).toEqual([
        [1, 'HOLDING'],
        [2, 'SUBSTANTIVE'],
        [3, 'CORRECTION'],
      ]);
      expect(versions[1]!.textHtml).toBe('<p>The Department has <strong>no plans</strong>.</p>');
      expect(versions[1]!.textPlain).toBe('The Department has no plans.');
    });

    it('refuses a second version with the same sequence instead of overwriting', async () => {
      await append('SUBSTANTIVE', '2026-06-05', '<p>Answer.</p>');
      await expect(
        db.prisma.answerVersion.create({
          data: { questionId, sequence: 1, kind: 'CORRECTION', answeredOn: day('2026-06-06'), textHtml: '', textPlain: '' },
        }),
      ).rejects.toThrow();
      expect((await stored()).state).toBe('ANSWERED');
    });

    it('withdrawal wins over answers and reinstating restores the answered state', async () => {
      await append('HOLDING', '2026-06-08', '<p>Holding.</p>');
      await db.prisma.$transaction((tx) => setQuestionWithdrawn(tx, questionId, day('2026-06-09')));
      expect((await stored()).state).toBe('WITHDRAWN');
      await db.prisma.$transaction((tx) => setQuestionWithdrawn(tx, questionId, null));
      expect((await stored()).state).toBe('HOLDING');
    });

    it('repairs columns written inconsistently by hand', async () => {
      await append('SUBSTANTIVE', '2026-06-03', '<p>Answer.</p>');
      await db.prisma.question.update({ where: { id: questionId }, data: { state: 'AWAITING', dateAnswered: null, daysToAnswer: null } });
      const derived = await db.prisma.$transaction((tx) => refreshQuestionState(tx, questionId));
      expect(derived).toEqual({ state: 'ANSWERED', dateAnswered: day('2026-06-03'), daysToAnswer: 2 });
      expect(await stored()).toEqual(derived);
    });
  });
});
