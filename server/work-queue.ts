import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { daysBetween, londonToday } from '@/lib/dates';
import { effectiveStatus, statusCondition, type QuestionStatus } from '@/lib/question-status';
import { WORK_QUEUE_PAGE_SIZE, type WorkQueueFilters } from '@/lib/validation/work-queue';
import { QUESTION_ROW_SELECT, toQuestionRow, type QuestionRow } from './question-rows';

/** A question still needing its substantive answer, as the work queue lists it. */
export interface WorkQueueItem extends QuestionRow {
  /** awaiting, overdue (awaiting past the due date) or holding (only a holding answer so far). */
  status: QuestionStatus;
  /** Calendar days from today to the due date: negative once it has passed. */
  dueInDays: number;
  /** Where the answer is logged (the answer form; for a holding question, on the substantive kind). */
  answerHref: string;
  assignee: { id: string; name: string } | null;
}

export interface WorkQueuePage {
  rows: WorkQueueItem[];
  /** Questions matching the filters. */
  total: number;
  /** Of those, awaiting with the due date passed. */
  overdue: number;
  page: number;
  pageSize: number;
  today: Date;
}

export interface WorkQueueQuery {
  /** The signed-in editor, for `mine`. */
  userId: string;
  mine?: boolean;
  departmentId?: number;
  page?: number;
  pageSize?: number;
  today?: Date;
}

/** Still needing the substantive answer: nothing yet, or only a holding answer. */
export const OPEN_STATES = ['AWAITING', 'HOLDING'] as const;

function openWhere(query: WorkQueueQuery): Prisma.QuestionWhereInput {
  return {
    state: { in: [...OPEN_STATES] },
    ...(query.departmentId !== undefined ? { departmentId: query.departmentId } : {}),
    // Driven from the assignments' user index: an editor's handful, never a scan of the queue.
    ...(query.mine ? { assignment: { userId: query.userId } } : {}),
  };
}

const SELECT = {
  ...QUESTION_ROW_SELECT,
  state: true,
  assignment: { select: { user: { select: { id: true, name: true } } } },
} as const satisfies Prisma.QuestionSelect;

const DUE_ORDER = [{ dateDue: 'asc' }, { id: 'asc' }] satisfies Prisma.QuestionOrderByWithRelationInput[];

/**
 * The ids on one page of the queue, in due-date order. Selecting only what the (state, dateDue) index holds
 * (or (state, departmentId, dateDue) with a department) lets SQLite read each open state in index order and
 * merge them, so a page costs its offset in index entries; asked for every column, the planner may sort
 * every open question instead (hundreds of milliseconds at a million). The page's rows are read by id after.
 * An editor's own questions are few: they are read through the assignments' user index.
 */
async function pageIds(query: WorkQueueQuery, offset: number, limit: number): Promise<number[]> {
  const rows = await prisma.question.findMany({ where: openWhere(query), orderBy: DUE_ORDER, skip: offset, take: limit, select: { id: true, dateDue: true } });
  return rows.map((r) => r.id);
}

/**
 * The work queue: questions awaiting an answer or holding one, due soonest first (overdue ones therefore
 * first), a page at a time. Read in due-date order from the (state, dateDue) index, or (state, departmentId,
 * dateDue) with a department: a page costs its own rows at a million questions (BENCHMARKS.md).
 */
export async function listWorkQueue(query: WorkQueueQuery): Promise<WorkQueuePage> {
  const today = query.today ?? londonToday();
  const pageSize = query.pageSize ?? WORK_QUEUE_PAGE_SIZE;
  const page = query.page ?? 1;
  const where = openWhere(query);
  const { state: overdueState, dueBefore } = statusCondition('overdue', today);
  const [ids, total, overdue] = await Promise.all([
    pageIds(query, (page - 1) * pageSize, pageSize),
    prisma.question.count({ where }),
    prisma.question.count({ where: { ...where, state: overdueState, dateDue: { lt: dueBefore } } }),
  ]);
  const byId = new Map((await prisma.question.findMany({ where: { id: { in: ids } }, select: SELECT })).map((q) => [q.id, q]));
  const rows = ids.flatMap((id) => {
    const q = byId.get(id);
    return q ? [q] : [];
  }).map((q): WorkQueueItem => {
    const row = toQuestionRow(q, today);
    return {
      ...row,
      status: effectiveStatus(q, today),
      dueInDays: daysBetween(today, q.dateDue),
      // After a holding answer the next one due is the substantive answer: the form opens on that kind.
      answerHref: `${row.href}/answers/new${q.state === 'HOLDING' ? '?kind=substantive' : ''}`,
      assignee: q.assignment?.user ?? null,
    };
  });
  return { rows, total, overdue, page, pageSize, today };
}

/** How many open questions are assigned to this editor (the "Mine" count). */
export async function countAssignedOpen(userId: string): Promise<number> {
  return prisma.question.count({ where: openWhere({ userId, mine: true }) });
}

/** Who a question can be assigned to: editors and admins whose accounts are not disabled, by name. */
export async function listAssignableUsers(): Promise<{ id: string; name: string }[]> {
  return prisma.user.findMany({
    where: { role: { in: ['editor', 'admin'] }, OR: [{ banned: false }, { banned: null }] },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

/**
 * Resolves the queue's department filter (an address) to the department; an unknown address is dropped
 * with a message, as the other lists do.
 */
export async function resolveWorkQueueDepartment(filters: WorkQueueFilters): Promise<{ department: { id: number; slug: string; name: string } | null; problem: string | null }> {
  if (!filters.department) return { department: null, problem: null };
  const department = await prisma.department.findUnique({ where: { slug: filters.department }, select: { id: true, slug: true, name: true } });
  return department ? { department, problem: null } : { department: null, problem: `Ignored “department”: no department has the address “${filters.department}”.` };
}
