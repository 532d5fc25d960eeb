import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { answerMeetingSchema, editAnswerSchema, logAnswerSchema } from '@/lib/validation/answer-form';
import { executeStaffWrite } from '@/server/writes/execute-staff-write';
import type { CurrentUser } from '@/server/auth/session';
import { latestChangeId } from '@/server/history/concurrency';
import { createDepartment, createMember, createQuestion } from '@/test/factories';
import { citeMeetingStep, editAnswerStep, logAnswerStep, unciteMeetingStep } from './answer-writes';

// The answer-version writes through the real write path (validation, transaction, history) on SQLite.
let db: TestDatabase;
const editor: CurrentUser = { id: 'u-editor', name: 'Ed Itor', email: 'ed@example.org', role: 'editor' };
let minister: { slug: string; id: number };
let departmentId: number;
let askerId: number;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const m = await createMember(db.prisma, { displayName: 'Maria Minister' });
    minister = { slug: m.slug, id: m.id };
    askerId = (await createMember(db.prisma, { displayName: 'Asking Member' })).id;
    departmentId = (await createDepartment(db.prisma, { name: 'Ministry of Tests' })).id;
  });
  afterAll(() => db.cleanup());

  const log = (questionId: number, fields: Record<string, string | string[]>) =>
    executeStaffWrite(db.prisma, { role: 'editor', schema: logAnswerSchema, run: logAnswerStep }, { questionId: String(questionId), answeringMember: minister.slug, ...fields }, editor);
  const state = (id: number) => db.prisma.question.findUniqueOrThrow({ where: { id }, select: { state: true, dateAnswered: true, daysToAnswer: true } });

  describe('logging answer versions', () => {
    it('appends holding → substantive → correction, the status following, each with history', async () => {
      const q = await createQuestion(db.prisma, { askingMemberId: askerId, departmentId, dateTabled: '2025-03-01' });
      const holding = await log(q.id, { kind: 'holding', answeredOn: '10/03/2025', html: '<p>I will reply as soon as possible.</p>' });
      expect(holding.state.status).toBe('ok');
      expect(holding.redirectTo).toMatch(/#answer-1$/);
      expect((await state(q.id)).state).toBe('HOLDING');

      const answer = await log(q.id, {
        kind: 'substantive',
        answeredOn: '12 March 2025',
        html: '<p class="MsoNormal" style="mso-line-height-alt:1pt">The figures<o:p></o:p></p><ul><li>one</li></ul><table><tr><td>1</td></tr></table><script>alert(1)</script>',
        attachmentTitle: ['Spend table', ''],
        attachmentUrl: ['https://example.gov.uk/spend.pdf', ''],
        attachmentType: ['.pdf', ''],
        attachmentSize: ['245 KB', ''],
      });
      expect(answer.state.status).toBe('ok');
      expect(await state(q.id)).toMatchObject({ state: 'ANSWERED', daysToAnswer: 11 });

      const correction = await log(q.id, { kind: 'correction', answeredOn: '20/03/2025', html: 'Corrected figures.\n\nSecond paragraph & more' });
      expect(correction.state.status).toBe('ok');
      expect((await state(q.id)).state).toBe('CORRECTED');

      const versions = await db.prisma.answerVersion.findMany({ where: { questionId: q.id }, orderBy: { sequence: 'asc' }, include: { attachments: true } });
      expect(versions.map((v) => [v.sequence, v.kind, v.source])).toEqual([
        [1, 'HOLDING', 'STAFF'],
        [2, 'SUBSTANTIVE', 'STAFF'],
        [3, 'CORRECTION', 'STAFF'],
      ]);
      expect(versions[1]!.textHtml).toBe('<p>The figures</p><ul><li>one</li></ul><table><tr><td>1</td></tr></table>');
      expect(versions[1]!.attachments).toMatchObject([{ title: 'Spend table', url: 'https://example.gov.uk/spend.pdf', fileType: 'PDF', sizeBytes: 245_000 }]);
      expect(versions[2]!.textHtml).toBe('<p>Corrected figures.</p><p>Second paragraph &amp; more</p>');

      const history = await db.prisma.changeLog.findMany({ where: { OR: [{ entityType: 'Question', entityId: String(q.id) }, { entityType: 'AnswerVersion', entityId: { in: versions.map((v) => String(v.id)) } }] } });
      expect(history.filter((h) => h.entityType === 'AnswerVersion' && h.action === 'create')).toHaveLength(3);
      expect(history.filter((h) => h.entityType === 'Question' && h.action === 'link')).toHaveLength(3);
    });

    it('refuses a correction before any substantive answer, a holding answer after one, and bad dates, saving nothing', async () => {
      const q = await createQuestion(db.prisma, { askingMemberId: askerId, departmentId, dateTabled: '2025-03-01' });
      const correction = await log(q.id, { kind: 'correction', answeredOn: '10/03/2025', html: '<p>Oops</p>' });
      expect(correction.state.status).toBe('error');
      expect(correction.state.fieldErrors?.kind?.[0]).toMatch(/no substantive answer before it/);
      expect(correction.state.values).toMatchObject({ html: '<p>Oops</p>' });

      const early = await log(q.id, { kind: 'substantive', answeredOn: '28/02/2025', html: '<p>Too early</p>' });
      expect(early.state.fieldErrors?.answeredOn).toEqual(['Date answered cannot be before the question was tabled (1 March 2025)']);
      const future = await log(q.id, { kind: 'substantive', answeredOn: '01/01/2199', html: '<p>Future</p>' });
      expect(future.state.fieldErrors?.answeredOn?.[0]).toMatch(/cannot be in the future/);

      expect((await log(q.id, { kind: 'substantive', answeredOn: '11/03/2025', html: '<p>Answer</p>' })).state.status).toBe('ok');
      const holding = await log(q.id, { kind: 'holding', answeredOn: '12/03/2025', html: '<p>Holding</p>' });
      expect(holding.state.fieldErrors?.kind?.[0]).toMatch(/already answered/);
      expect(await db.prisma.answerVersion.count({ where: { questionId: q.id } })).toBe(1);
    });

    it('refuses an answer to a withdrawn question, empty text and javascript: attachment addresses', async () => {
      const q = await createQuestion(db.prisma, { askingMemberId: askerId, departmentId, dateTabled: '2025-03-01' });
      const empty = await log(q.id, { kind: 'substantive', answeredOn: '11/03/2025', html: '<p> </p><script>alert(1)</script>' });
      expect(empty.state.fieldErrors?.html).toEqual(['Answer text is required']);
      const badUrl = await log(q.id, { kind: 'substantive', answeredOn: '11/03/2025', html: '<p>x</p>', attachmentTitle: ['Evil'], attachmentUrl: ['javascript:alert(1)'], attachmentType: [''], attachmentSize: [''] });
      expect(badUrl.state.fieldErrors?.['attachmentUrl.0']?.[0]).toMatch(/http:\/\/ or https:\/\//);
      await db.prisma.question.update({ where: { id: q.id }, data: { withdrawnAt: new Date('2025-03-05T00:00:00Z'), state: 'WITHDRAWN' } });
      const withdrawn = await log(q.id, { kind: 'substantive', answeredOn: '11/03/2025', html: '<p>x</p>' });
      expect(withdrawn.state).toMatchObject({ status: 'error' });
      expect(withdrawn.state.message).toMatch(/withdrawn/);
      expect(await db.prisma.answerVersion.count({ where: { questionId: q.id } })).toBe(0);
    });
  });

  describe('editing a version and citing meetings', () => {
    it('edits a version in place with history, refuses a stale save, and links/unlinks meetings on both records', async () => {
      const q = await createQuestion(db.prisma, { askingMemberId: askerId, departmentId, dateTabled: '2025-03-01' });
      const meeting = await db.prisma.meeting.create({ data: { date: new Date('2025-03-05T00:00:00Z'), title: 'Test bilateral', kind: 'BILATERAL' } });
      await log(q.id, { kind: 'substantive', answeredOn: '11/03/2025', html: '<p>Teh answer</p>' });
      const version = await db.prisma.answerVersion.findFirstOrThrow({ where: { questionId: q.id } });
      const base = await latestChangeId(db.prisma, 'AnswerVersion', version.id);
      const edit = (html: string, baseChangeId: number, user = editor) =>
        executeStaffWrite(
          db.prisma,
          { role: 'editor', schema: editAnswerSchema, run: editAnswerStep },
          { answerId: String(version.id), baseChangeId: String(baseChangeId), kind: 'substantive', answeringMember: minister.slug, answeredOn: '11/03/2025', html, meetings: String(meeting.id) },
          user,
        );
      expect((await edit('<p>The answer</p>', base)).state.status).toBe('ok');
      const edited = await db.prisma.answerVersion.findUniqueOrThrow({ where: { id: version.id }, include: { citedMeetings: true } });
      expect(edited.textHtml).toBe('<p>The answer</p>');
      expect(edited.sequence).toBe(1);
      expect(edited.citedMeetings.map((c) => c.meetingId)).toEqual([meeting.id]);
      expect(await db.prisma.changeLog.count({ where: { entityType: 'Meeting', entityId: String(meeting.id), action: 'link' } })).toBe(1);

      const stale = await edit('<p>Stale</p>', base, { ...editor, id: 'u-2', name: 'Other Editor' });
      expect(stale.state.status).toBe('conflict');
      expect(stale.state.conflict?.newer).toContainEqual({ label: 'Text', value: 'The answer' });

      const pair = { answerId: String(version.id), meetingId: String(meeting.id) };
      const uncite = await executeStaffWrite(db.prisma, { role: 'editor', schema: answerMeetingSchema, run: unciteMeetingStep }, pair, editor);
      expect(uncite.state.status).toBe('ok');
      expect(await db.prisma.answerMeeting.count({ where: { answerId: version.id } })).toBe(0);
      const cite = await executeStaffWrite(db.prisma, { role: 'editor', schema: answerMeetingSchema, run: citeMeetingStep }, pair, editor);
      expect(cite.state.status).toBe('ok');
      const again = await executeStaffWrite(db.prisma, { role: 'editor', schema: answerMeetingSchema, run: citeMeetingStep }, pair, editor);
      expect(again.state.fieldErrors?.meetingId?.[0]).toMatch(/already cites/);
      const meetingLog = await db.prisma.changeLog.findMany({ where: { entityType: 'Meeting', entityId: String(meeting.id) }, orderBy: { id: 'asc' } });
      expect(meetingLog.map((l) => l.action)).toEqual(['link', 'unlink', 'link']);
      const answerLog = await db.prisma.changeLog.findMany({ where: { entityType: 'AnswerVersion', entityId: String(version.id) }, orderBy: { id: 'asc' } });
      expect(answerLog.map((l) => l.action)).toEqual(['create', 'update', 'link', 'unlink', 'link']);
    });
  });
});
