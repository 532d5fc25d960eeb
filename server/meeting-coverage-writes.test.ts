import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { coverageQuestionSchema, createCoverageSchema, updateCoverageSchema } from '@/lib/validation/coverage-form';
import { createMeetingSchema, updateMeetingSchema } from '@/lib/validation/meeting-form';
import type { CurrentUser } from '@/server/auth/session';
import { executeStaffWrite } from '@/server/actions/staff-action';
import { latestChangeId } from '@/server/history/concurrency';
import { createDepartment, createMember, createQuestion } from '@/test/factories';
import { linkCoverageQuestionStep, unlinkCoverageQuestionStep } from './coverage-links';
import { createCoverageStep, updateCoverageStep } from './coverage-writes';
import { createMeetingStep, updateMeetingStep } from './meeting-writes';

// The meeting and coverage writes on a real database, through the same write path the Server Actions take.
let db: TestDatabase;
const editor: CurrentUser = { id: 'u-editor', name: 'Ed Itor', email: 'ed@example.org', role: 'editor' };
let member: { id: number; slug: string };
let question: { id: number };
let topic: { id: number; slug: string };

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    member = await createMember(db.prisma, { displayName: 'Maria Eagle' });
    const department = await createDepartment(db.prisma, { name: 'Ministry of Defence' });
    question = await createQuestion(db.prisma, { askingMemberId: member.id, departmentId: department.id, heading: 'Defence: Procurement' });
    topic = await db.prisma.topic.create({ data: { name: 'European defence', slug: 'european-defence' } });
  });
  afterAll(() => db.cleanup());

  const history = (entityType: string, id: number) => db.prisma.changeLog.findMany({ where: { entityType, entityId: String(id) }, orderBy: { id: 'asc' } });

  describe('meeting writes', () => {
    it('logs a meeting with a member, another participant and a topic, recorded on the meeting and the topic', async () => {
      const result = await executeStaffWrite(db.prisma, { role: 'editor', schema: createMeetingSchema, run: createMeetingStep }, {
        date: '11 March 2025', title: 'Paris bilateral', kind: 'BILATERAL', place: 'Paris', members: member.slug, topics: topic.slug,
        participantName: [''], participantRole: ['French counterpart'], participantOrganisation: [''], participantCountry: ['France'],
      }, editor);
      expect(result.state.status).toBe('ok');
      const id = Number(result.redirectTo!.split('/').pop());
      const meeting = await db.prisma.meeting.findUniqueOrThrow({ where: { id }, include: { participants: true, topics: true } });
      expect(meeting).toMatchObject({ title: 'Paris bilateral', source: 'STAFF', place: 'Paris' });
      expect(meeting.participants.map((p) => [p.memberId, p.role, p.country])).toEqual([[member.id, null, null], [null, 'French counterpart', 'France']]);
      expect((await history('Meeting', id))[0]).toMatchObject({ action: 'create', actor: 'Ed Itor' });
      expect((await history('Topic', topic.id)).at(-1)).toMatchObject({ action: 'link' });
    });

    it('refuses a member address that does not exist, as a field error', async () => {
      const result = await executeStaffWrite(db.prisma, { role: 'editor', schema: createMeetingSchema, run: createMeetingStep }, { date: '11/03/2025', title: 'X', kind: 'OTHER', members: 'nobody-here' }, editor);
      expect(result.state.fieldErrors?.members?.[0]).toMatch(/No member has the address “nobody-here”/);
    });

    it('keeps a "not reported" flag while the placeholder is untouched, drops it once a value is typed, and refuses a stale save', async () => {
      const m = await db.prisma.meeting.create({ data: { date: new Date('2025-03-12T00:00:00Z'), title: 'E5', place: 'Placeholder', unreportedFields: 'place,date' } });
      const base = await latestChangeId(db.prisma, 'Meeting', m.id);
      const save = (place: string, baseChangeId: number) =>
        executeStaffWrite(db.prisma, { role: 'editor', schema: updateMeetingSchema, run: updateMeetingStep }, { id: String(m.id), baseChangeId: String(baseChangeId), date: '12/03/2025', title: 'E5', kind: 'MULTILATERAL', place }, editor);
      expect((await save('London', base)).state.status).toBe('ok');
      expect((await db.prisma.meeting.findUniqueOrThrow({ where: { id: m.id } })).unreportedFields).toBe('date');
      const stale = await save('Berlin', base);
      expect(stale.state.status).toBe('conflict');
      expect(stale.state.conflict?.newer).toContainEqual({ label: 'Place', value: 'London' });
    });
  });

  describe('coverage writes', () => {
    const article = { url: 'https://news.example.com/story-one', outlet: 'Example News', headline: 'Story one' };

    it('stores the normalised address and refuses the same article under another spelling', async () => {
      const first = await executeStaffWrite(db.prisma, { role: 'editor', schema: createCoverageSchema, run: createCoverageStep }, { ...article, url: 'https://NEWS.example.com/story-one/?utm_source=x', questions: String(question.id) }, editor);
      expect(first.state.status).toBe('ok');
      const id = Number(first.redirectTo!.split('/').pop());
      expect((await db.prisma.coverage.findUniqueOrThrow({ where: { id } })).url).toBe(article.url);
      expect((await history('Question', question.id)).at(-1)).toMatchObject({ action: 'link' });
      const again = await executeStaffWrite(db.prisma, { role: 'editor', schema: createCoverageSchema, run: createCoverageStep }, { ...article, url: 'https://news.example.com/story-one#comments', headline: 'Copy' }, editor);
      expect(again.state.status).toBe('error');
      expect(again.state.fieldErrors?.url?.[0]).toContain(`already logged as “Story one” (/coverage/${id})`);
      expect(await db.prisma.coverage.count({ where: { url: article.url } })).toBe(1);
    });

    it('links and unlinks a question from either end, with history on both records', async () => {
      const other = await db.prisma.coverage.create({ data: { url: 'https://news.example.com/two', outlet: 'Example News', headline: 'Story two' } });
      const raw = { coverageId: String(other.id), questionId: String(question.id) };
      expect((await executeStaffWrite(db.prisma, { role: 'editor', schema: coverageQuestionSchema, run: linkCoverageQuestionStep }, raw, editor)).state.status).toBe('ok');
      const twice = await executeStaffWrite(db.prisma, { role: 'editor', schema: coverageQuestionSchema, run: linkCoverageQuestionStep }, raw, editor);
      expect(twice.state.message).toMatch(/already covers/);
      expect((await executeStaffWrite(db.prisma, { role: 'editor', schema: coverageQuestionSchema, run: unlinkCoverageQuestionStep }, raw, editor)).state.status).toBe('ok');
      expect(await db.prisma.coverageQuestion.count({ where: { coverageId: other.id } })).toBe(0);
      expect((await history('Coverage', other.id)).map((h) => h.action)).toEqual(['link', 'unlink']);
      expect((await history('Question', question.id)).slice(-2).map((h) => h.action)).toEqual(['link', 'unlink']);
    });

    it('an edit may keep its own address but not take another article’s', async () => {
      const a = await db.prisma.coverage.create({ data: { url: 'https://news.example.com/a', outlet: 'O', headline: 'A' } });
      const edit = async (url: string) =>
        executeStaffWrite(db.prisma, { role: 'editor', schema: updateCoverageSchema, run: updateCoverageStep }, { id: String(a.id), baseChangeId: String(await latestChangeId(db.prisma, 'Coverage', a.id)), url, outlet: 'O', headline: 'A edited' }, editor);
      expect((await edit('https://news.example.com/a/')).state.status).toBe('ok');
      const clash = await edit(article.url);
      expect(clash.state.fieldErrors?.url?.[0]).toMatch(/already logged as “Story one”/);
      expect((await db.prisma.coverage.findUniqueOrThrow({ where: { id: a.id } })).url).toBe('https://news.example.com/a');
    });
  });
});
