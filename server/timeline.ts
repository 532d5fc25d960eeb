import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import type { AnswerKind } from '@/generated/prisma/enums';
import { daysBetween, formatDays, toIsoDate } from '@/lib/dates';
import { meetingKindName } from '@/lib/labels';
import { meetingPath, coveragePath, questionPath } from '@/lib/routes';
import { TIMELINE_EVENT_KINDS, type TimelineEvent } from '@/lib/timeline/types';
import { isUnreported } from '@/lib/unreported-fields';
import { COMBINED_TIMELINE_KINDS, type CombinedTimelineKind, type TimelineCursor, type TimelineOrder } from '@/lib/validation/timeline';
import { coverageInScope, firstDated, inChunks } from './coverage-scope';
import { meetingScopeWhere } from './meeting-scope';

/** Whose timeline: any combination narrows (AND); none is everything. */
export interface TimelineScope {
  topicId?: number;
  memberId?: number;
  departmentId?: number;
  /** Only these questions' events (a questions-table view's feed: server/feeds/feed-data.ts). */
  questionIds?: number[];
}

export interface TimelineQuery extends TimelineScope {
  from?: Date;
  to?: Date;
  /** Kinds to show; empty or absent is all. */
  kinds?: readonly CombinedTimelineKind[];
  order?: TimelineOrder;
  cursor?: TimelineCursor;
  /** Events per page (1–200, default 50). */
  limit?: number;
}

export interface TimelinePage {
  events: TimelineEvent[];
  /** Cursor for the next page (`2025-03-11.2`), null on the last page. */
  nextCursor: string | null;
}

export type TimelineCounts = Record<CombinedTimelineKind, number>;

const ANSWER_KIND_EVENT: Record<AnswerKind, CombinedTimelineKind> = { HOLDING: 'holding-answer', SUBSTANTIVE: 'answered', CORRECTION: 'corrected' };
const EVENT_ANSWER_KIND = { 'holding-answer': 'HOLDING', answered: 'SUBSTANTIVE', corrected: 'CORRECTION' } as const;
const rank = (kind: TimelineEvent['kind']) => TIMELINE_EVENT_KINDS.indexOf(kind);

interface Sortable {
  event: TimelineEvent;
  /** Tie-break within one day and kind: the record's id. */
  key: number;
}

/**
 * Events of a combined timeline: meetings, questions tabled, answers (holding, substantive,
 * correction) and coverage, in date order, one page at a time.
 *
 * Paging is by keyset, not offset, so page 500 of a large database costs what page 1 does: each
 * source is read in (date, id) order from the cursor's date onwards, `skip + limit + 1` rows at most,
 * and the merged list drops the `skip` events of the cursor's date already shown. Each source holds a
 * single kind, so its own order is a prefix of the merged order and the merge is exact.
 */
export async function listTimelineEvents(query: TimelineQuery): Promise<TimelinePage> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const desc = query.order === 'newest';
  const skip = query.cursor?.skip ?? 0;
  const take = skip + limit + 1;
  const kinds = new Set(query.kinds?.length ? query.kinds : COMBINED_TIMELINE_KINDS);
  const range = dateRange(query, desc);
  const dir = desc ? 'desc' : 'asc';

  const sources: Promise<Sortable[]>[] = [];
  if (kinds.has('tabled')) sources.push(tabledEvents(query, range, dir, take));
  for (const kind of ['holding-answer', 'answered', 'corrected'] as const) {
    if (kinds.has(kind)) sources.push(answerEvents(query, EVENT_ANSWER_KIND[kind], range, dir, take));
  }
  if (kinds.has('meeting')) sources.push(meetingEvents(query, range, dir, take));
  if (kinds.has('coverage')) sources.push(coverageEvents(query, range, dir, take));

  const sign = desc ? -1 : 1;
  const merged = (await Promise.all(sources))
    .flat()
    .sort((a, b) => sign * (a.event.date.getTime() - b.event.date.getTime() || rank(a.event.kind) - rank(b.event.kind) || a.key - b.key));
  const rest = merged.slice(skip);
  const page = rest.slice(0, limit).map((s) => s.event);
  return { events: page, nextCursor: rest.length > limit ? nextCursor(page, query.cursor) : null };
}

/** How many events of each kind the timeline holds within the date range (ignores the kind filter). */
export async function countTimelineEvents(query: Omit<TimelineQuery, 'kinds' | 'cursor' | 'limit' | 'order'>): Promise<TimelineCounts> {
  const range = dateRange(query, false);
  const [tabled, answers, meeting, coverage] = await Promise.all([
    prisma.question.count({ where: { ...questionScope(query), dateTabled: range } }),
    // One pass over the answers for all three kinds.
    prisma.answerVersion.groupBy({ by: ['kind'], where: { answeredOn: range, ...answerScope(query) }, _count: { _all: true } }),
    meetingWhere(query, range).then((where) => (where ? prisma.meeting.count({ where }) : 0)),
    coverageInScope(query, range).then((found) => ('dated' in found ? found.dated.length : prisma.coverage.count({ where: found.where }))),
  ]);
  const ofKind = (kind: AnswerKind) => answers.find((a) => a.kind === kind)?._count._all ?? 0;
  return { meeting, tabled, 'holding-answer': ofKind('HOLDING'), answered: ofKind('SUBSTANTIVE'), corrected: ofKind('CORRECTION'), coverage };
}

type DateRange = { gte?: Date; lte?: Date } | undefined;

/** The query's from/to, narrowed by the cursor's date in the page's direction. */
function dateRange(query: Pick<TimelineQuery, 'from' | 'to' | 'cursor'>, desc: boolean): DateRange {
  let gte = query.from;
  let lte = query.to;
  if (query.cursor) {
    const at = query.cursor.date;
    if (desc) lte = lte && lte < at ? lte : at;
    else gte = gte && gte > at ? gte : at;
  }
  if (!gte && !lte) return undefined;
  return { ...(gte ? { gte } : {}), ...(lte ? { lte } : {}) };
}

function nextCursor(page: TimelineEvent[], previous: TimelineCursor | undefined): string {
  const last = page[page.length - 1]!;
  const lastIso = toIsoDate(last.date);
  let sameDay = page.filter((e) => toIsoDate(e.date) === lastIso).length;
  if (previous && toIsoDate(previous.date) === lastIso) sameDay += previous.skip;
  return `${lastIso}.${sameDay}`;
}

function questionScope(scope: TimelineScope): Prisma.QuestionWhereInput {
  return {
    ...(scope.topicId !== undefined ? { topics: { some: { topicId: scope.topicId } } } : {}),
    ...(scope.memberId !== undefined ? { askingMemberId: scope.memberId } : {}),
    ...(scope.departmentId !== undefined ? { departmentId: scope.departmentId } : {}),
    ...(scope.questionIds !== undefined ? { id: { in: scope.questionIds } } : {}),
  };
}

/** Answers on the scope's questions; for a member, also the answers they gave as a minister. */
function answerScope(scope: TimelineScope): Prisma.AnswerVersionWhereInput {
  const { memberId, ...rest } = scope;
  const onQuestion = questionScope(rest);
  // An empty relation filter still costs a join: leave it out when nothing narrows the questions.
  const where: Prisma.AnswerVersionWhereInput = Object.keys(onQuestion).length ? { question: onQuestion } : {};
  if (memberId !== undefined) where.OR = [{ answeringMemberId: memberId }, { question: { askingMemberId: memberId } }];
  return where;
}

/** null when the scope can match no meeting (a department none of whose ministers is recorded). */
async function meetingWhere(scope: TimelineScope, range: DateRange): Promise<Prisma.MeetingWhereInput | null> {
  const where = await meetingScopeWhere(scope);
  if (!where) return null;
  return { ...where, ...(range ? { date: range } : {}) };
}

async function tabledEvents(scope: TimelineScope, range: DateRange, dir: 'asc' | 'desc', take: number): Promise<Sortable[]> {
  const rows = await prisma.question.findMany({
    where: { ...questionScope(scope), ...(range ? { dateTabled: range } : {}) },
    orderBy: [{ dateTabled: dir }, { id: dir }],
    take,
    select: {
      id: true, house: true, uin: true, dateTabled: true, heading: true, source: true, unreportedFields: true,
      askingMember: { select: { displayName: true } },
      department: { select: { name: true } },
    },
  });
  return rows.map((q) => ({
    key: q.id,
    event: {
      id: `question-${q.id}-tabled`,
      kind: 'tabled',
      date: q.dateTabled,
      title: q.heading,
      href: questionPath(q),
      detail: `${q.askingMember.displayName} asked the ${q.department.name} (${q.uin})`,
      dateUnreported: isUnreported(q, 'dateTabled'),
      isDemo: q.source === 'DEMO',
    },
  }));
}

async function answerEvents(scope: TimelineScope, kind: AnswerKind, range: DateRange, dir: 'asc' | 'desc', take: number): Promise<Sortable[]> {
  const rows = await prisma.answerVersion.findMany({
    where: { kind, ...answerScope(scope), ...(range ? { answeredOn: range } : {}) },
    orderBy: [{ answeredOn: dir }, { id: dir }],
    take,
    select: {
      id: true, kind: true, answeredOn: true, source: true, unreportedFields: true,
      answeringMember: { select: { displayName: true } },
      question: {
        select: {
          house: true, uin: true, dateTabled: true, dateDue: true, heading: true, source: true,
          askingMember: { select: { displayName: true } },
          department: { select: { name: true } },
        },
      },
    },
  });
  return rows.map((a) => {
    const q = a.question;
    const who = a.answeringMember ? `${a.answeringMember.displayName} (${q.department.name})` : q.department.name;
    const days = daysBetween(q.dateTabled, a.answeredOn);
    const late = daysBetween(q.dateDue, a.answeredOn);
    const timing = kind === 'CORRECTION' ? '' : `, ${formatDays(days)} after tabling${late > 0 ? `, ${formatDays(late)} late` : ''}`;
    return {
      key: a.id,
      event: {
        id: `answer-${a.id}`,
        kind: ANSWER_KIND_EVENT[a.kind],
        date: a.answeredOn,
        title: q.heading,
        href: questionPath(q),
        detail: `${who} to ${q.askingMember.displayName}${timing}`,
        dateUnreported: isUnreported(a, 'answeredOn'),
        isDemo: a.source === 'DEMO' || q.source === 'DEMO',
      },
    };
  });
}

async function meetingEvents(scope: TimelineScope, range: DateRange, dir: 'asc' | 'desc', take: number): Promise<Sortable[]> {
  const where = await meetingWhere(scope, range);
  if (!where) return [];
  const rows = await prisma.meeting.findMany({
    where,
    orderBy: [{ date: dir }, { id: dir }],
    take,
    select: { id: true, date: true, title: true, place: true, kind: true, source: true, unreportedFields: true, _count: { select: { citedBy: true } } },
  });
  return rows.map((m) => {
    const place = m.place && !isUnreported(m, 'place') ? ` in ${m.place}` : '';
    const cited = m._count.citedBy > 0 ? ` · cited in ${m._count.citedBy} ${m._count.citedBy === 1 ? 'answer' : 'answers'}` : '';
    return {
      key: m.id,
      event: {
        id: `meeting-${m.id}`,
        kind: 'meeting',
        date: m.date,
        title: m.title,
        href: meetingPath(m),
        detail: `${meetingKindName(m.kind)}${place}${cited}`,
        dateUnreported: isUnreported(m, 'date'),
        isDemo: m.source === 'DEMO',
      },
    };
  });
}

const COVERAGE_SELECT = { id: true, outlet: true, headline: true, publishedOn: true, author: true, source: true, unreportedFields: true } as const;

async function coverageEvents(scope: TimelineScope, range: DateRange, dir: 'asc' | 'desc', take: number): Promise<Sortable[]> {
  const found = await coverageInScope(scope, range);
  const rows =
    'dated' in found
      ? await inChunks(firstDated(found.dated, dir, take), (ids) => prisma.coverage.findMany({ where: { id: { in: ids } }, select: COVERAGE_SELECT }))
      : await prisma.coverage.findMany({ where: found.where, orderBy: [{ publishedOn: dir }, { id: dir }], take, select: COVERAGE_SELECT });
  return rows.map((c) => ({
    key: c.id,
    event: {
      id: `coverage-${c.id}`,
      kind: 'coverage',
      date: c.publishedOn!,
      title: c.headline,
      href: coveragePath(c),
      detail: c.author && !isUnreported(c, 'author') ? `${c.outlet}, by ${c.author}` : c.outlet,
      dateUnreported: isUnreported(c, 'publishedOn'),
      isDemo: c.source === 'DEMO',
    },
  }));
}
