/**
 * A question's status as users see it. The stored `state` follows the answers (server/question-state.ts
 * keeps it in step); "overdue" is an AWAITING question whose due date is before today in London, so it
 * needs no nightly job and stays filterable through the (state, dateDue) index.
 */
import type { QuestionState } from '@/generated/prisma/enums';
import { londonToday } from './dates';

export const QUESTION_STATUSES = ['awaiting', 'overdue', 'holding', 'answered', 'corrected', 'withdrawn'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * The statuses a status filter choice stands for. A corrected question was answered (its answer was
 * later corrected), so the filter "answered" takes in corrected ones too, as a researcher expects;
 * "corrected" alone still picks out just those. The result lists the exact statuses (each one stored
 * state, or awaiting/overdue) in QUESTION_STATUSES order, without repeats, so every query layer — the
 * table's SQL, the search index's status tags, the exports, and the status: words of a search —
 * reads the same meaning from it.
 */
export function statusesMatching(choices: Iterable<QuestionStatus>): QuestionStatus[] {
  const chosen = new Set(choices);
  if (chosen.has('answered')) chosen.add('corrected');
  return QUESTION_STATUSES.filter((status) => chosen.has(status));
}

export function effectiveStatus(q: { state: QuestionState; dateDue: Date }, today: Date = londonToday()): QuestionStatus {
  switch (q.state) {
    case 'AWAITING':
      return q.dateDue.getTime() < today.getTime() ? 'overdue' : 'awaiting';
    case 'HOLDING':
      return 'holding';
    case 'ANSWERED':
      return 'answered';
    case 'CORRECTED':
      return 'corrected';
    case 'WITHDRAWN':
      return 'withdrawn';
  }
}

/**
 * The stored-column condition for a status, for any query layer (Prisma `where` or raw SQL):
 * a state and, for awaiting/overdue, which side of today the due date falls.
 */
export function statusCondition(status: QuestionStatus, today: Date = londonToday()): { state: QuestionState; dueBefore?: Date; dueOnOrAfter?: Date } {
  switch (status) {
    case 'awaiting':
      return { state: 'AWAITING', dueOnOrAfter: today };
    case 'overdue':
      return { state: 'AWAITING', dueBefore: today };
    case 'holding':
      return { state: 'HOLDING' };
    case 'answered':
      return { state: 'ANSWERED' };
    case 'corrected':
      return { state: 'CORRECTED' };
    case 'withdrawn':
      return { state: 'WITHDRAWN' };
  }
}
