import 'server-only';
import { prisma, textMatch } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { addCalendarMonths, londonToday, startOfCalendarMonth } from '@/lib/dates';
import { statusCondition } from '@/lib/question-status';
import { answerTimesByMonth, summariseAnswerTimes, type AnswerTimeInput, type AnswerTimeSummary, type MonthlyAnswerTimes } from '@/lib/stats/answer-times';
import { orderRecords, pageOf } from '@/lib/list-order';
import type { DepartmentSort } from '@/lib/validation/departments-table';
import type { SortDirection } from '@/lib/validation/table-state';
import { ROLE_SELECT, sortRoles, toRoleDto, type RoleDto } from './roles';

export interface DepartmentRow {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  parliamentId: number | null;
  questions: number;
  /** Awaiting an answer and not yet due. */
  awaiting: number;
  /** Awaiting an answer past the due date, today in London. */
  overdue: number;
  isDemo: boolean;
}

export interface DepartmentProfile extends DepartmentRow {
  /** Every post recorded at the department, current first. */
  roles: RoleDto[];
}

export interface DepartmentAnswerStats {
  /** First day of the window the figures cover (by due date); the window ends today. */
  since: Date;
  today: Date;
  summary: AnswerTimeSummary;
  months: MonthlyAnswerTimes[];
}

type Counts = { questions: Map<number, number>; awaiting: Map<number, number>; overdue: Map<number, number> };

/**
 * Questions, awaiting (not yet due) and overdue counts per department, for `departmentIds` or every
 * department (null): grouped reads over the (departmentId, dateTabled) and (state, dateDue) indexes.
 */
async function departmentCounts(today: Date, departmentIds: readonly number[] | null): Promise<Counts> {
  const scope = departmentIds === null ? {} : { departmentId: { in: [...departmentIds] } };
  const overdue = statusCondition('overdue', today);
  const awaiting = statusCondition('awaiting', today);
  const [all, over, wait] = await Promise.all([
    prisma.question.groupBy({ by: ['departmentId'], where: scope, _count: { _all: true } }),
    prisma.question.groupBy({ by: ['departmentId'], where: { ...scope, state: overdue.state, dateDue: { lt: overdue.dueBefore } }, _count: { _all: true } }),
    prisma.question.groupBy({ by: ['departmentId'], where: { ...scope, state: awaiting.state, dateDue: { gte: awaiting.dueOnOrAfter } }, _count: { _all: true } }),
  ]);
  const toMap = (rows: { departmentId: number; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.departmentId, r._count._all]));
  return { questions: toMap(all), overdue: toMap(over), awaiting: toMap(wait) };
}

const ROW_SELECT = {
  id: true, slug: true, name: true, shortName: true, parliamentId: true, source: true,
} as const satisfies Prisma.DepartmentSelect;

function toRow(d: Prisma.DepartmentGetPayload<{ select: typeof ROW_SELECT }>, counts: Counts): DepartmentRow {
  return {
    id: d.id,
    slug: d.slug,
    name: d.name,
    shortName: d.shortName,
    parliamentId: d.parliamentId,
    questions: counts.questions.get(d.id) ?? 0,
    awaiting: counts.awaiting.get(d.id) ?? 0,
    overdue: counts.overdue.get(d.id) ?? 0,
    isDemo: d.source === 'DEMO',
  };
}

export interface DepartmentListQuery {
  /** Part of the name or short name (case-insensitive). */
  q?: string;
  sort?: DepartmentSort;
  dir?: SortDirection;
  page?: number;
  pageSize?: number;
  today?: Date;
}

/**
 * Departments (answering bodies), filtered by name, sorted and paged. There are a few dozen, so the
 * filtered ones are ordered in code (lib/list-order.ts) and every department's counts are read in
 * three grouped passes over indexes (a page holds most departments anyway, and an id list makes
 * SQLite seek per department instead of reading each index once).
 */
export async function listDepartments(query: DepartmentListQuery = {}): Promise<{ rows: DepartmentRow[]; total: number }> {
  const today = query.today ?? londonToday();
  const sort = query.sort ?? 'name';
  const where: Prisma.DepartmentWhereInput = query.q ? { OR: [{ name: textMatch.contains(query.q) }, { shortName: textMatch.contains(query.q) }] } : {};
  const [records, counts] = await Promise.all([prisma.department.findMany({ where, select: ROW_SELECT }), departmentCounts(today, null)]);
  const ordered = orderRecords(records, sort === 'name' ? (d) => d.name : (d) => counts[sort].get(d.id) ?? 0, query.dir ?? 'asc');
  return { rows: pageOf(ordered, query.page ?? 1, query.pageSize ?? 50).map((d) => toRow(d, counts)), total: records.length };
}

/** One department with its counts and the posts held there over time; null for an unknown slug. */
export async function getDepartment(slug: string, today: Date = londonToday()): Promise<DepartmentProfile | null> {
  const d = await prisma.department.findUnique({ where: { slug }, select: { ...ROW_SELECT, roles: { select: ROLE_SELECT } } });
  if (!d) return null;
  return { ...toRow(d, await departmentCounts(today, [d.id])), roles: sortRoles(d.roles.map(toRoleDto)) };
}

/**
 * Answer-time figures for questions due in the `months` months (default 24) up to the latest due date
 * on or before today, by month due (lib/stats/answer-times.ts states how days are counted). Questions due after today are left
 * out: they cannot be judged yet and would only add empty months.
 */
export async function getDepartmentAnswerStats(departmentId: number, options: { today?: Date; months?: number } = {}): Promise<DepartmentAnswerStats> {
  const today = options.today ?? londonToday();
  // The window ends at the latest due date up to today, so a department with no recent questions
  // (or a database of older records) still shows its figures.
  const latest = await prisma.question.findFirst({ where: { departmentId, dateDue: { lte: today } }, orderBy: { dateDue: 'desc' }, select: { dateDue: true } });
  const end = latest?.dateDue ?? today;
  const firstOfMonth = startOfCalendarMonth(addCalendarMonths(end, -((options.months ?? 24) - 1)));
  // The figures depend only on these five values, which many questions share (same days tabled, due and
  // answered): read each combination once with its count (a fifth of the rows for a large department,
  // whose ~90,000 questions took half a second to read one by one) and weigh it by that count in the same rules.
  const groups = await prisma.question.groupBy({
    by: ['dateTabled', 'dateDue', 'dateAnswered', 'isNamedDay', 'state'],
    where: { departmentId, dateDue: { gte: firstOfMonth, lte: today } },
    _count: { _all: true },
  });
  const input = groups.map((g): AnswerTimeInput => ({
    dateTabled: g.dateTabled,
    dateDue: g.dateDue,
    dateAnswered: g.dateAnswered,
    isNamedDay: g.isNamedDay,
    withdrawn: g.state === 'WITHDRAWN',
    count: g._count._all,
  }));
  return { since: firstOfMonth, today, summary: summariseAnswerTimes(input, today), months: answerTimesByMonth(input, today) };
}

/** Every department's name and slug, for filter menus. */
export async function listDepartmentOptions(): Promise<{ slug: string; name: string }[]> {
  return prisma.department.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } });
}

/** Departments known by Parliament's answering-body id, for choosing what a sync fetches. */
export async function listAnsweringBodyOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await prisma.department.findMany({ where: { parliamentId: { not: null } }, orderBy: { name: 'asc' }, select: { parliamentId: true, name: true } });
  return rows.map((d) => ({ value: String(d.parliamentId), label: `${d.name} (${d.parliamentId})` }));
}
