import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { daysBetween, londonToday } from '@/lib/dates';
import { statusCondition } from '@/lib/question-status';
import { QUESTION_ROW_SELECT, toQuestionRow, type QuestionRow, type QuestionRowFields } from './question-rows';

export interface OverdueQuestion extends QuestionRow {
  /** Whole calendar days since the due date (1 the day after it was due). */
  daysOverdue: number;
}

export interface OverdueGroup {
  department: { id: number; name: string; shortName: string; slug: string };
  total: number;
  namedDay: number;
  /** Days overdue of the group's oldest question. */
  oldestDaysOverdue: number;
  /** Past the due date with only a holding answer (not counted as overdue, but still not answered). */
  holdingPastDue: number;
  /** Oldest first; at most `perDepartment` of them. */
  questions: OverdueQuestion[];
}

export interface OverdueOverview {
  today: Date;
  total: number;
  namedDay: number;
  /** Past the due date with only a holding answer, across all departments. */
  holdingPastDue: number;
  /** Departments with the longest-overdue question first. */
  groups: OverdueGroup[];
}

/** Overdue = awaiting an answer with the due date before today in London (lib/question-status.ts). */
function overdueWhere(today: Date, departmentId?: number): Prisma.QuestionWhereInput {
  const { state, dueBefore } = statusCondition('overdue', today);
  return { state, dateDue: { lt: dueBefore }, ...(departmentId !== undefined ? { departmentId } : {}) };
}

const OLDEST_FIRST = [{ dateDue: 'asc' }, { dateTabled: 'asc' }, { id: 'asc' }] satisfies Prisma.QuestionOrderByWithRelationInput[];

function toOverdue(today: Date) {
  return (q: QuestionRowFields): OverdueQuestion => ({ ...toQuestionRow(q, today), daysOverdue: daysBetween(q.dateDue, today) });
}

/**
 * Every department with overdue questions, the longest-overdue department first, each with its
 * oldest `perDepartment` questions (oldest first). Counts are exact; the lists are capped so the page
 * stays readable on a large database (a department's own page lists all of them).
 */
export async function getOverdueOverview(options: { today?: Date; perDepartment?: number } = {}): Promise<OverdueOverview> {
  const today = options.today ?? londonToday();
  const perDepartment = options.perDepartment ?? 25;
  const where = overdueWhere(today);
  const [counts, named, holding] = await Promise.all([
    prisma.question.groupBy({ by: ['departmentId'], where, _count: { _all: true }, _min: { dateDue: true } }),
    prisma.question.groupBy({ by: ['departmentId'], where: { ...where, isNamedDay: true }, _count: { _all: true } }),
    prisma.question.groupBy({ by: ['departmentId'], where: { state: 'HOLDING', dateDue: { lt: today } }, _count: { _all: true } }),
  ]);
  const namedBy = new Map(named.map((n) => [n.departmentId, n._count._all]));
  const holdingBy = new Map(holding.map((h) => [h.departmentId, h._count._all]));
  const ordered = [...counts].sort((a, b) => a._min.dateDue!.getTime() - b._min.dateDue!.getTime() || a.departmentId - b.departmentId);
  const groups = await Promise.all(
    ordered.map(async (c): Promise<OverdueGroup> => {
      const [department, rows] = await Promise.all([
        prisma.department.findUniqueOrThrow({ where: { id: c.departmentId }, select: { id: true, name: true, shortName: true, slug: true } }),
        prisma.question.findMany({ where: overdueWhere(today, c.departmentId), orderBy: OLDEST_FIRST, take: perDepartment, select: QUESTION_ROW_SELECT }),
      ]);
      return {
        department,
        total: c._count._all,
        namedDay: namedBy.get(c.departmentId) ?? 0,
        oldestDaysOverdue: daysBetween(c._min.dateDue!, today),
        holdingPastDue: holdingBy.get(c.departmentId) ?? 0,
        questions: rows.map(toOverdue(today)),
      };
    }),
  );
  return {
    today,
    total: groups.reduce((sum, g) => sum + g.total, 0),
    namedDay: groups.reduce((sum, g) => sum + g.namedDay, 0),
    holdingPastDue: holding.reduce((sum, h) => sum + h._count._all, 0),
    groups,
  };
}

/** One department's overdue questions, oldest first, a page at a time. */
export async function listOverdueQuestions(options: { departmentId: number; today?: Date; page?: number; pageSize?: number }): Promise<{ rows: OverdueQuestion[]; total: number }> {
  const today = options.today ?? londonToday();
  const pageSize = options.pageSize ?? 50;
  const where = overdueWhere(today, options.departmentId);
  const [total, rows] = await Promise.all([
    prisma.question.count({ where }),
    prisma.question.findMany({ where, orderBy: OLDEST_FIRST, skip: ((options.page ?? 1) - 1) * pageSize, take: pageSize, select: QUESTION_ROW_SELECT }),
  ]);
  return { rows: rows.map(toOverdue(today)), total };
}
