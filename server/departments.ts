import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { addCalendarMonths, londonToday, startOfCalendarMonth } from '@/lib/dates';
import { statusCondition } from '@/lib/question-status';
import { answerTimesByMonth, summariseAnswerTimes, type AnswerTimeSummary, type MonthlyAnswerTimes } from '@/lib/stats/answer-times';
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

async function statusCounts(today: Date, departmentId?: number): Promise<{ awaiting: Map<number, number>; overdue: Map<number, number> }> {
  const scope = departmentId !== undefined ? { departmentId } : {};
  const overdue = statusCondition('overdue', today);
  const awaiting = statusCondition('awaiting', today);
  const [over, wait] = await Promise.all([
    prisma.question.groupBy({ by: ['departmentId'], where: { ...scope, state: overdue.state, dateDue: { lt: overdue.dueBefore } }, _count: { _all: true } }),
    prisma.question.groupBy({ by: ['departmentId'], where: { ...scope, state: awaiting.state, dateDue: { gte: awaiting.dueOnOrAfter } }, _count: { _all: true } }),
  ]);
  return {
    overdue: new Map(over.map((r) => [r.departmentId, r._count._all])),
    awaiting: new Map(wait.map((r) => [r.departmentId, r._count._all])),
  };
}

const ROW_SELECT = {
  id: true, slug: true, name: true, shortName: true, parliamentId: true, source: true,
  _count: { select: { questions: true } },
} as const satisfies Prisma.DepartmentSelect;

function toRow(d: Prisma.DepartmentGetPayload<{ select: typeof ROW_SELECT }>, counts: Awaited<ReturnType<typeof statusCounts>>): DepartmentRow {
  return {
    id: d.id,
    slug: d.slug,
    name: d.name,
    shortName: d.shortName,
    parliamentId: d.parliamentId,
    questions: d._count.questions,
    awaiting: counts.awaiting.get(d.id) ?? 0,
    overdue: counts.overdue.get(d.id) ?? 0,
    isDemo: d.source === 'DEMO',
  };
}

/** Every department (answering body) by name, with its question counts; there are a few dozen. */
export async function listDepartments(options: { q?: string; today?: Date } = {}): Promise<DepartmentRow[]> {
  const where: Prisma.DepartmentWhereInput = options.q ? { OR: [{ name: { contains: options.q } }, { shortName: { contains: options.q } }] } : {};
  const [rows, counts] = await Promise.all([
    prisma.department.findMany({ where, orderBy: { name: 'asc' }, select: ROW_SELECT }),
    statusCounts(options.today ?? londonToday()),
  ]);
  return rows.map((d) => toRow(d, counts));
}

/** One department with its counts and the posts held there over time; null for an unknown slug. */
export async function getDepartment(slug: string, today: Date = londonToday()): Promise<DepartmentProfile | null> {
  const d = await prisma.department.findUnique({ where: { slug }, select: { ...ROW_SELECT, roles: { select: ROLE_SELECT } } });
  if (!d) return null;
  return { ...toRow(d, await statusCounts(today, d.id)), roles: sortRoles(d.roles.map(toRoleDto)) };
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
  const rows = await prisma.question.findMany({
    where: { departmentId, dateDue: { gte: firstOfMonth, lte: today } },
    select: { dateTabled: true, dateDue: true, dateAnswered: true, isNamedDay: true, state: true },
  });
  const input = rows.map((q) => ({ ...q, withdrawn: q.state === 'WITHDRAWN' }));
  return { since: firstOfMonth, today, summary: summariseAnswerTimes(input, today), months: answerTimesByMonth(input, today) };
}

/** Every department's name and slug, for filter menus. */
export async function listDepartmentOptions(): Promise<{ slug: string; name: string }[]> {
  return prisma.department.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true } });
}
