/**
 * The import itself, as a staff write's business step (server/actions/meetings-import.ts and
 * `npm run import:meetings` both run it through executeStaffWrite): in the write's one transaction it reads
 * the file again, checks it is the file previewed (its hash) and that the plan is still the one previewed
 * (the plan's hash: nobody imported it meanwhile, no member or post changed the matches), then creates
 * each meeting and records its creation in the history. Any failure rolls the whole import back.
 */
import { formatMeetingDate } from '@/lib/meeting-dates';
import { fileHash } from '@/lib/meetings-import/row-key';
import type { ConfirmImportInput } from '@/lib/validation/meetings-import-form';
import { FormError, type StaffContext, type StaffOutcome } from '@/server/writes/execute-staff-write';
import { planMeetingsImport, type PlannedMeeting } from './plan';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** How a planned meeting's date reads: "11 March 2025", "July 2025", "10 March 2025 to 12 March 2025". */
export function plannedDateLabel(m: Pick<PlannedMeeting, 'date' | 'precision' | 'endDate'>): string {
  return formatMeetingDate({ date: utc(m.date), precision: m.precision, endDate: m.endDate ? utc(m.endDate) : null });
}

export async function importMeetingsStep(input: ConfirmImportInput, ctx: StaffContext): Promise<StaffOutcome> {
  const { tx, record } = ctx;
  if (fileHash(input.file) !== input.fileHash) throw new FormError('This is not the file that was previewed: nothing was imported. Preview the file again.');
  const plan = await planMeetingsImport(tx, input.file, { kind: input.kind, department: input.department, quarter: input.quarter, fileName: input.fileName });
  if (plan.planHash !== input.planHash) {
    throw new FormError('Something changed since the preview (another import, or a member or post edited): nothing was imported. Preview the file again to see what would happen now.');
  }
  if (plan.create.length === 0) throw new FormError('Nothing to import: every meeting in this file is already in Answerable, or none could be matched.');

  for (const m of plan.create) {
    const participants = [{ memberId: m.member.id, role: m.roleTitle }, ...(m.organisation ? [{ organisation: m.organisation }] : [])];
    const created = await tx.meeting.create({
      data: {
        date: utc(m.date),
        datePrecision: m.precision,
        endDate: m.endDate ? utc(m.endDate) : null,
        title: m.title,
        place: m.place,
        kind: 'OTHER',
        description: m.description,
        source: 'GOVUK',
        importKey: m.key,
        participants: { create: participants },
      },
      select: { id: true },
    });
    await record({
      entityType: 'Meeting',
      entityId: created.id,
      action: 'create',
      summary: `${m.title} (${plannedDateLabel(m)})`,
      after: {
        date: plannedDateLabel(m),
        title: m.title,
        place: m.place,
        kind: 'OTHER',
        description: m.description,
        memberParticipants: [m.roleTitle ? `${m.member.displayName} (${m.roleTitle})` : m.member.displayName],
        otherParticipants: m.organisation ? [m.organisation] : [],
        importedFrom: `${plan.fileName ?? 'uploaded file'}, row ${m.row}`,
      },
    });
  }
  const n = plan.create.length;
  const existing = plan.existing.length ? `; ${plan.existing.length} already imported` : '';
  return { message: `Imported ${n} ${n === 1 ? 'meeting' : 'meetings'}${existing}.` };
}
