/**
 * What importing a release would do, worked out without writing anything: the meetings it would create,
 * those already imported (found by their row key), the ministers no member matches, and the rows that
 * cannot become meetings. The preview shows this plan; the import recomputes it inside its transaction
 * and goes ahead only if it is the same (its hash). No `server-only`: `npm run import:meetings` runs it.
 */
import { createHash } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { toIsoDate } from '@/lib/dates';
import type { ReleaseKind } from '@/lib/meetings-import/columns';
import type { ReleaseEncoding } from '@/lib/meetings-import/decode';
import { MemberIndex, matchMinister, type CandidateMember } from '@/lib/meetings-import/match-ministers';
import { parseRelease, ReleaseFileError, type ReleaseRow, type RejectedRow, type SkippedRow } from '@/lib/meetings-import/parse-release';
import type { ReleaseQuarter } from '@/lib/meetings-import/release-dates';
import { fileHash, rowKeys } from '@/lib/meetings-import/row-key';
import { FormError } from '@/server/writes/execute-staff-write';

type Db = Prisma.TransactionClient;

export interface PlanOptions {
  kind?: ReleaseKind;
  /** The release's department (its address): the file itself does not say. */
  department?: string | null;
  quarter?: ReleaseQuarter;
  fileName?: string | null;
}

export interface PlannedMeeting {
  row: number;
  key: string;
  /** The Minister cell as written (or repeated from the row above). */
  minister: string;
  ministerRepeated: boolean;
  member: { id: number; displayName: string; slug: string };
  /** The post the member held on the date (lib/member-roles.ts), null if none is recorded. */
  roleTitle: string | null;
  /** yyyy-mm-dd; the first of the month when precision is MONTH. */
  date: string;
  precision: 'DAY' | 'MONTH';
  endDate: string | null;
  title: string;
  place: string | null;
  organisation: string | null;
  description: string;
  /** The meeting already imported from this row (existing rows only). */
  meetingId?: number;
}

export interface UnmatchedMinister {
  minister: string;
  reason: string;
  rows: number[];
}

export interface ImportPlan {
  fileName: string | null;
  fileHash: string;
  kind: ReleaseKind;
  encoding: ReleaseEncoding;
  quarter: string | null;
  department: { id: number; name: string; slug: string } | null;
  create: PlannedMeeting[];
  existing: PlannedMeeting[];
  unmatched: UnmatchedMinister[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  blankRows: number;
  /** SHA-256 of everything above: the import refuses to run a plan that differs from the one previewed. */
  planHash: string;
}

const TITLE_MAX = 300;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describe(row: ReleaseRow, kind: ReleaseKind, fileName: string | null, department: ImportPlan['department']): { title: string; place: string | null; description: string } {
  const lines: string[] = [];
  let title: string;
  if (kind === 'travel') {
    title = `Overseas travel to ${row.destination}${row.purpose ? `: ${row.purpose}` : ''}`;
    if (row.purpose) lines.push(`Purpose of trip: ${row.purpose}`);
  } else {
    title = row.purpose ? `${row.organisation}: ${row.purpose}` : `Meeting with ${row.organisation}`;
    if (row.purpose) lines.push(`Purpose of meeting: ${row.purpose}`);
  }
  for (const { label, value } of row.extra) lines.push(`${label}: ${value}`);
  if (row.date.precision === 'MONTH') lines.push('The release gives the month only, not the day.');
  const release = kind === 'travel' ? 'ministerial overseas travel' : 'ministers’ meetings';
  lines.push(`From the GOV.UK ${release} release${department ? ` of the ${department.name}` : ''}${fileName ? ` (${fileName})` : ''}, row ${row.row}.`);
  return { title: clip(title, TITLE_MAX), place: kind === 'travel' ? row.destination : null, description: lines.join('\n') };
}

async function loadDepartment(db: Db, slug: string | null | undefined): Promise<ImportPlan['department']> {
  if (!slug) return null;
  const department = await db.department.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!department) throw new FormError('Check the highlighted fields: nothing was read.', { department: [`No department has the address “${slug}”`] });
  return department;
}

/** Every member as a match candidate; the roles of those a name in the file could mean are loaded next. */
async function memberIndex(db: Db, ministers: string[]): Promise<MemberIndex> {
  const members: CandidateMember[] = (await db.member.findMany({ select: { id: true, displayName: true, slug: true } })).map((m) => ({ ...m, roles: [] }));
  const index = new MemberIndex(members);
  const wanted = new Map<number, CandidateMember>();
  for (const name of ministers) for (const m of index.find(name)) wanted.set(m.id, m);
  const roles = await db.memberRole.findMany({ where: { memberId: { in: [...wanted.keys()] } }, select: { memberId: true, title: true, departmentId: true, startDate: true, endDate: true } });
  for (const { memberId, ...role } of roles) wanted.get(memberId)!.roles.push(role);
  return index;
}

async function existingKeys(db: Db, keys: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.meeting.findMany({ where: { importKey: { in: keys.slice(i, i + 500) } }, select: { id: true, importKey: true } });
    for (const r of rows) found.set(r.importKey!, r.id);
  }
  return found;
}

/** Reads the file and works out the import, against the database as it is now. */
export async function planMeetingsImport(db: Db, bytes: Uint8Array, options: PlanOptions = {}): Promise<ImportPlan> {
  const fileName = options.fileName ?? null;
  let parsed;
  try {
    parsed = parseRelease(bytes, { kind: options.kind, quarter: options.quarter, fileName: fileName ?? undefined });
  } catch (error) {
    if (error instanceof ReleaseFileError) throw new FormError('Check the highlighted fields: nothing was read.', { file: [error.message] });
    throw error;
  }
  const department = await loadDepartment(db, options.department);
  const index = await memberIndex(db, [...new Set(parsed.rows.map((r) => r.minister))]);

  const matched: { row: ReleaseRow; member: PlannedMeeting['member']; roleTitle: string | null }[] = [];
  const unmatched = new Map<string, UnmatchedMinister>();
  for (const row of parsed.rows) {
    const match = matchMinister(index, row.minister, row.date, department?.id ?? null);
    if (match.status === 'matched') matched.push({ row, member: match.member, roleTitle: match.roleTitle });
    else {
      const key = `${row.minister}\u0000${match.reason}`;
      const entry = unmatched.get(key) ?? { minister: row.minister, reason: match.reason, rows: [] };
      entry.rows.push(row.row);
      unmatched.set(key, entry);
    }
  }

  const keys = rowKeys(matched.map(({ row, member }) => ({ kind: parsed.kind, memberId: member.id, date: row.date, endDate: row.endDate, counterpart: (parsed.kind === 'travel' ? row.destination : row.organisation) ?? '', purpose: row.purpose })));
  const existing = await existingKeys(db, keys);
  const planned: PlannedMeeting[] = matched.map(({ row, member, roleTitle }, i) => ({
    row: row.row,
    key: keys[i]!,
    minister: row.minister,
    ministerRepeated: row.ministerRepeated,
    member,
    roleTitle,
    date: toIsoDate(row.date.date),
    precision: row.date.precision,
    endDate: row.endDate ? toIsoDate(row.endDate) : null,
    organisation: row.organisation,
    ...describe(row, parsed.kind, fileName, department),
    ...(existing.has(keys[i]!) ? { meetingId: existing.get(keys[i]!)! } : {}),
  }));

  const q = parsed.quarter;
  const plan: Omit<ImportPlan, 'planHash'> = {
    fileName,
    fileHash: fileHash(bytes),
    kind: parsed.kind,
    encoding: parsed.encoding,
    quarter: q ? `${q.year}-Q${q.quarter}` : null,
    department,
    create: planned.filter((p) => p.meetingId === undefined),
    existing: planned.filter((p) => p.meetingId !== undefined),
    unmatched: [...unmatched.values()],
    rejected: parsed.rejected,
    skipped: parsed.skipped,
    blankRows: parsed.blankRows,
  };
  return { ...plan, planHash: createHash('sha256').update(JSON.stringify(plan)).digest('hex') };
}
