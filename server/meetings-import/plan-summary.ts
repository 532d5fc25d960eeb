/** The plan as plain text, for `npm run import:meetings`: counts first, then every row by number. */
import type { ImportPlan, PlannedMeeting } from './plan';
import { plannedDateLabel } from './import-step';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function meetingLine(m: PlannedMeeting): string {
  const who = `${m.member.displayName}${m.roleTitle ? ` (${m.roleTitle})` : ''}`;
  return `  row ${m.row}: ${plannedDateLabel(m)} · ${who} · ${m.title}${m.meetingId ? ` [meeting ${m.meetingId}]` : ''}`;
}

export function planSummary(plan: ImportPlan): string {
  const unmatchedRows = plan.unmatched.reduce((n, u) => n + u.rows.length, 0);
  const lines = [
    `File: ${plan.fileName ?? '(no name)'} · ${plan.kind === 'travel' ? 'overseas travel' : 'meetings'} · ${plan.encoding}${plan.quarter ? ` · quarter ${plan.quarter}` : ''}${plan.department ? ` · ${plan.department.name}` : ''}`,
    `To create: ${plan.create.length} · already imported: ${plan.existing.length} · minister not matched: ${plural(unmatchedRows, 'row')} · rejected: ${plural(plan.rejected.length, 'row')} · skipped: ${plural(plan.skipped.length, 'row')}${plan.blankRows ? ` · blank rows ignored: ${plan.blankRows}` : ''}`,
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push('', `${title}:`, ...items);
  };
  section('To create', plan.create.map(meetingLine));
  section('Already imported', plan.existing.map(meetingLine));
  section('Ministers not matched to a member (not imported)', plan.unmatched.map((u) => `  “${u.minister}”: ${u.reason} (${plural(u.rows.length, 'row')}: ${u.rows.join(', ')})`));
  section('Rejected', plan.rejected.map((r) => `  row ${r.row}: ${r.reason}`));
  section('Skipped', plan.skipped.map((s) => `  row ${s.row}: ${s.reason}${s.text ? ` (“${s.text.length > 60 ? `${s.text.slice(0, 59)}…` : s.text}”)` : ''}`));
  return lines.join('\n');
}
