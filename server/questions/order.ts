import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { QuestionSortKey } from '@/lib/validation/questions';
import type { SortDirection } from '@/lib/validation/table-state';

/**
 * One slice of an ordering: the rows matching `where` (on top of the query's own filters), in
 * `orderBy`. Most sorts are a single segment. Sorting by status is several segments in a meaningful
 * order (overdue, awaiting, holding, answered, corrected, withdrawn) because Prisma cannot order by an
 * expression and an enum's text order (ANSWERED, AWAITING…) means nothing to a reader; "overdue" is
 * not even stored.
 */
export interface OrderSegment {
  where?: Prisma.QuestionWhereInput;
  orderBy: Prisma.QuestionOrderByWithRelationInput[];
}

/** The segments for a sort key and direction; `today` decides which awaiting questions are overdue. */
export function questionOrderSegments(sort: QuestionSortKey, dir: SortDirection, today: Date): OrderSegment[] {
  // Every order ends on id so pages never overlap or skip rows that tie.
  const byId = { id: dir } as const;
  switch (sort) {
    case 'dateTabled':
      return [{ orderBy: [{ dateTabled: dir }, byId] }];
    case 'dateDue':
      return [{ orderBy: [{ dateDue: dir }, byId] }];
    case 'dateAnswered':
      // Unanswered questions have no date: they go last either way, so "newest answers" starts with answers.
      return [{ orderBy: [{ dateAnswered: { sort: dir, nulls: 'last' } }, { dateTabled: 'desc' }, byId] }];
    case 'daysToAnswer':
      return [{ orderBy: [{ daysToAnswer: { sort: dir, nulls: 'last' } }, { dateTabled: 'desc' }, byId] }];
    case 'uin':
      return [{ orderBy: [{ uin: dir }, { house: 'asc' }, { dateTabled: dir }, byId] }];
    case 'member':
      return [{ orderBy: [{ askingMember: { listName: dir } }, { dateTabled: 'desc' }, byId] }];
    case 'department':
      return [{ orderBy: [{ department: { name: dir } }, { dateTabled: 'desc' }, byId] }];
    case 'status': {
      const segments = statusSegments(today);
      return dir === 'asc' ? segments : segments.reverse();
    }
  }
}

/**
 * Status groups from most to least in need of attention. Inside a group the order is the useful one
 * for that group whatever the direction: the longest overdue first, the latest answers first.
 */
function statusSegments(today: Date): OrderSegment[] {
  const dueSoonest: Prisma.QuestionOrderByWithRelationInput[] = [{ dateDue: 'asc' }, { id: 'asc' }];
  const latestAnswer: Prisma.QuestionOrderByWithRelationInput[] = [{ dateAnswered: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }];
  return [
    { where: { state: 'AWAITING', dateDue: { lt: today } }, orderBy: dueSoonest },
    { where: { state: 'AWAITING', dateDue: { gte: today } }, orderBy: dueSoonest },
    { where: { state: 'HOLDING' }, orderBy: dueSoonest },
    { where: { state: 'ANSWERED' }, orderBy: latestAnswer },
    { where: { state: 'CORRECTED' }, orderBy: latestAnswer },
    { where: { state: 'WITHDRAWN' }, orderBy: [{ dateTabled: 'desc' }, { id: 'desc' }] },
  ];
}

/** Which rows of which segments make up one page: pure arithmetic over the segment counts. */
export function planSegmentPage(counts: number[], skip: number, take: number): Array<{ segment: number; skip: number; take: number }> {
  const plan: Array<{ segment: number; skip: number; take: number }> = [];
  let offset = skip;
  let remaining = take;
  counts.forEach((count, segment) => {
    if (remaining <= 0) return;
    if (offset >= count) {
      offset -= count;
      return;
    }
    const n = Math.min(count - offset, remaining);
    plan.push({ segment, skip: offset, take: n });
    remaining -= n;
    offset = 0;
  });
  return plan;
}
