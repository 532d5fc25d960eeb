import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';
import { parseQuarter } from '@/lib/meetings-import/release-dates';
import { confirmImportSchema } from '@/lib/validation/meetings-import-form';
import { executeStaffWrite, type StaffContext, type WriteUser } from '@/server/writes/execute-staff-write';
import { createDepartment, createMember, day } from '@/test/factories';
import { deleteWithSnapshot, restoreDeleted } from '@/server/history/delete-restore';
import { recordChange } from '@/server/history/record-change';
import { updateMeetingSchema } from '@/lib/validation/meeting-form';
import { latestChangeId } from '@/server/history/concurrency';
import { updateMeetingStep } from '@/server/meeting-writes';
import { importMeetingsStep } from './import-step';
import { planMeetingsImport } from './plan';

// The import on a real SQLite database, through the staff write path the upload form and the command take.
const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/meetings-csv');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const editor: WriteUser = { id: 'u-editor', name: 'Ed Itor', email: 'ed@example.org', role: 'editor' };

let db: TestDatabase;
let department: { id: number; slug: string };
let alex: { id: number };

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    department = await createDepartment(db.prisma, { name: 'Fixture Department' });
    alex = await createMember(db.prisma, { displayName: 'Alex Fixture' });
    await createMember(db.prisma, { displayName: 'Lord Fixture of Testbridge', house: 'LORDS' });
    await createMember(db.prisma, { displayName: 'Baroness Sample', house: 'LORDS' });
    await db.prisma.memberRole.create({ data: { memberId: alex.id, title: 'Minister for Fixtures', departmentId: department.id, startDate: day('2024-07-08') } });
  });
  afterAll(() => db.cleanup());

  const counts = async () => ({ meetings: await db.prisma.meeting.count(), history: await db.prisma.changeLog.count() });

  async function importFile(name: string, options: { quarter?: string; run?: typeof importMeetingsStep } = {}) {
    const bytes = fixture(name);
    const plan = await planMeetingsImport(db.prisma, bytes, { department: department.slug, fileName: name, quarter: options.quarter ? (parseQuarter(options.quarter) ?? undefined) : undefined });
    const raw = { file: Buffer.from(bytes).toString('base64'), fileName: name, department: department.slug, quarter: options.quarter, fileHash: plan.fileHash, planHash: plan.planHash };
    const result = await executeStaffWrite(db.prisma, { role: 'editor', schema: confirmImportSchema, run: options.run ?? importMeetingsStep }, raw, editor);
    return { plan, result, raw };
  }

  describe('importing a ministers’ meetings release', () => {
    it('previews without writing: what would be created, the nil return and notes skipped', async () => {
      const before = await counts();
      const plan = await planMeetingsImport(db.prisma, fixture('meetings-standard.csv'), { department: department.slug, fileName: 'meetings-standard.csv' });
      expect(plan.create.map((m) => [m.row, m.member.displayName, m.roleTitle, m.date, m.title])).toEqual([
        [2, 'Alex Fixture', 'Minister for Fixtures', '2025-01-07', 'Fixture Industries Ltd: Discuss supply chains (fixture)'],
        [3, 'Alex Fixture', 'Minister for Fixtures', '2025-01-14', 'Example Trade Association (fixture): Introductory meeting'],
        [4, 'Alex Fixture', 'Minister for Fixtures', '2025-01-14', 'Sample Union, Fixture Branch: Pay and conditions, fixture'],
        [6, 'Baroness Sample', null, '2025-02-03', 'Fixture Research Institute: Research funding (fixture)'],
      ]);
      expect(plan.skipped.map((s) => s.reason)).toEqual(['Nil return', 'Note under the table', 'Note under the table']);
      expect(await counts()).toEqual(before);
    });

    it('imports in one write: ordinary meetings with the minister (and their post) and the organisation, each with its history', async () => {
      const before = await counts();
      const { result } = await importFile('meetings-standard.csv');
      expect(result.state).toMatchObject({ status: 'ok', message: 'Imported 4 meetings.' });
      const meetings = await db.prisma.meeting.findMany({ where: { source: 'GOVUK' }, include: { participants: true }, orderBy: { id: 'asc' } });
      expect(meetings).toHaveLength(4);
      expect(meetings[0]).toMatchObject({ kind: 'OTHER', datePrecision: 'DAY', date: day('2025-01-07'), title: 'Fixture Industries Ltd: Discuss supply chains (fixture)' });
      expect(meetings[0]!.description).toMatch(/Purpose of meeting: Discuss supply chains \(fixture\)\nFrom the GOV.UK ministers’ meetings release of the Fixture Department \(meetings-standard.csv\), row 2\./);
      expect(meetings[0]!.participants.map((p) => [p.memberId, p.role, p.organisation])).toEqual([[alex.id, 'Minister for Fixtures', null], [null, null, 'Fixture Industries Ltd']]);
      const history = await db.prisma.changeLog.findMany({ where: { entityType: 'Meeting', entityId: { in: meetings.map((m) => String(m.id)) } } });
      expect(history.map((h) => [h.action, h.actor])).toEqual(Array(4).fill(['create', 'Ed Itor']));
      expect(await counts()).toEqual({ meetings: before.meetings + 4, history: before.history + 4 });
    });

    it('creates nothing the second time: the same file finds every meeting by its row key, even after a meeting was edited', async () => {
      const first = await db.prisma.meeting.findFirstOrThrow({ where: { source: 'GOVUK' } });
      await db.prisma.meeting.update({ where: { id: first.id }, data: { title: 'Renamed by an editor' } });
      const before = await counts();
      const { plan, result } = await importFile('meetings-standard.csv');
      expect(plan.create).toEqual([]);
      expect(plan.existing.map((m) => m.meetingId).sort()).toHaveLength(4);
      expect(result.state).toMatchObject({ status: 'error', message: expect.stringMatching(/^Nothing to import/) });
      expect(await counts()).toEqual(before);
    });

    it('refuses a confirmation whose file or plan is not the one previewed, and writes nothing', async () => {
      const bytes = fixture('meetings-windows-1252.csv');
      const plan = await planMeetingsImport(db.prisma, bytes, { department: department.slug });
      const raw = { file: Buffer.from(bytes).toString('base64'), department: department.slug, fileHash: plan.fileHash, planHash: plan.planHash };
      const before = await counts();
      const write = (input: object) => executeStaffWrite(db.prisma, { role: 'editor', schema: confirmImportSchema, run: importMeetingsStep }, input, editor);
      const otherFile = await write({ ...raw, file: Buffer.from(fixture('meetings-standard.csv')).toString('base64') });
      expect(otherFile.state.message).toMatch(/not the file that was previewed/);
      const otherDepartment = await write({ ...raw, department: '' });
      expect(otherDepartment.state.message).toMatch(/Something changed since the preview/);
      expect(await counts()).toEqual(before);
      expect((await write(raw)).state).toMatchObject({ status: 'ok', message: 'Imported 1 meeting.' });
      const meeting = await db.prisma.meeting.findFirstOrThrow({ where: { title: { contains: 'Café' } }, include: { participants: true } });
      expect(meeting.title).toBe('Café Fixture Société: £5m fixture investment');
    });

    it('rolls everything back when the import fails part-way: no meeting, no history', async () => {
      const before = await counts();
      let calls = 0;
      const failing: typeof importMeetingsStep = (input, ctx) =>
        importMeetingsStep(input, {
          ...ctx,
          record: async (change) => {
            if (++calls === 2) throw new Error('Simulated failure after the first meeting was written');
            return ctx.record(change);
          },
        } satisfies StaffContext);
      const { plan, result } = await importFile('meetings-variants-bom.csv', { run: failing });
      expect(plan.create).toHaveLength(3);
      expect(calls).toBe(2);
      expect(result.state).toMatchObject({ status: 'error', message: expect.stringMatching(/nothing was changed/) });
      expect(await counts()).toEqual(before);
      // And then it imports whole.
      expect((await importFile('meetings-variants-bom.csv')).result.state).toMatchObject({ status: 'ok', message: 'Imported 3 meetings.' });
    });

    it('keeps month-only dates as months, and two identical rows as two meetings', async () => {
      const { result } = await importFile('meetings-month-only.csv', { quarter: '2025-Q3' });
      expect(result.state.status).toBe('ok');
      const months = await db.prisma.meeting.findMany({ where: { source: 'GOVUK', datePrecision: 'MONTH' }, orderBy: { id: 'asc' } });
      expect(months.map((m) => [m.date.toISOString().slice(0, 10), m.title])).toEqual([
        ['2025-07-01', 'Fixture Industries Ltd: General discussion'],
        ['2025-07-01', 'Fixture Industries Ltd: General discussion'],
        ['2025-08-01', 'Fixture Ports Authority: Port investment (fixture)'],
        ['2024-12-01', 'Fixture Research Institute: Late-reported fixture meeting'],
      ]);
      expect(months[0]!.description).toMatch(/month only/);
      expect((await importFile('meetings-month-only.csv', { quarter: '2025-Q3' })).plan.existing).toHaveLength(4);
    });

    it('an imported month-only meeting edited through the meeting form keeps its month and the minister’s post until its date is changed', async () => {
      const m = await db.prisma.meeting.findFirstOrThrow({ where: { source: 'GOVUK', datePrecision: 'MONTH' }, include: { participants: { include: { member: true } } } });
      const minister = m.participants.find((p) => p.member)!;
      const save = async (date: string) =>
        executeStaffWrite(db.prisma, { role: 'editor', schema: updateMeetingSchema, run: updateMeetingStep }, {
          id: String(m.id), baseChangeId: String(await latestChangeId(db.prisma, 'Meeting', m.id)), date, title: 'Edited title', kind: 'OTHER', members: minister.member!.slug,
        }, editor);
      expect((await save('1 July 2025')).state.status).toBe('ok');
      const kept = await db.prisma.meeting.findUniqueOrThrow({ where: { id: m.id }, include: { participants: true } });
      expect(kept).toMatchObject({ title: 'Edited title', datePrecision: 'MONTH', importKey: m.importKey });
      expect(kept.participants.map((p) => [p.memberId, p.role])).toEqual([[minister.memberId, 'Minister for Fixtures']]);
      expect((await save('14/07/2025')).state.status).toBe('ok');
      expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ datePrecision: 'DAY', date: day('2025-07-14') });
    });

    it('imports overseas travel with its destination as the place and the last day of travel', async () => {
      const { result } = await importFile('travel.csv');
      expect(result.state).toMatchObject({ status: 'ok', message: 'Imported 2 meetings.' });
      const trip = await db.prisma.meeting.findFirstOrThrow({ where: { source: 'GOVUK', place: 'Fixtureville, Exampleland' } });
      expect(trip).toMatchObject({ title: "Overseas travel to Fixtureville, Exampleland: Fixture defence ministers' meeting", date: day('2025-03-10'), endDate: day('2025-03-12') });
      expect(trip.description).toContain('Total cost including all visas, accommodation, travel, subsistence and other expenses for the minister only (£): £1,234');
    });

    it('an imported trip deleted and restored comes back exactly, end date and import key included', async () => {
      const trip = await db.prisma.meeting.findFirstOrThrow({ where: { source: 'GOVUK', endDate: { not: null } }, include: { participants: true } });
      const actor = { id: 'u-editor', name: 'Ed Itor' };
      await db.prisma.$transaction((tx) => deleteWithSnapshot(tx, (c) => recordChange(tx, actor, c), 'Meeting', trip.id));
      const deletion = await db.prisma.changeLog.findFirstOrThrow({ where: { action: 'delete', entityType: 'Meeting', entityId: String(trip.id) } });
      const outcome = await db.prisma.$transaction((tx) => restoreDeleted(tx, (c) => recordChange(tx, actor, c), deletion.id));
      expect(outcome.notRestored).toEqual([]);
      expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: trip.id }, include: { participants: true } })).toEqual(trip);
    });

    it('lists ministers no member matches, with their rows, and does not import them', async () => {
      const plan = await planMeetingsImport(db.prisma, fixture('meetings-bad-rows.csv'), { department: department.slug });
      expect(plan.unmatched).toEqual([{ minister: 'Unknown Fixture Person MP', reason: 'No member has this name', rows: [7] }]);
      expect(plan.create.map((m) => m.row)).toEqual([8]);
      expect(plan.rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    });

    it('refuses an unknown department and a file that is not a release, as messages', async () => {
      await expect(planMeetingsImport(db.prisma, fixture('meetings-standard.csv'), { department: 'no-such-department' })).rejects.toMatchObject({ fieldErrors: { department: [expect.stringMatching(/No department has the address/)] } });
      await expect(planMeetingsImport(db.prisma, fixture('not-a-release.csv'))).rejects.toMatchObject({ fieldErrors: { file: [expect.stringMatching(/No header row/)] } });
    });
  });
});
