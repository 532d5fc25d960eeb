import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import type { AnswerKind, House, RecordSource } from '@/generated/prisma/enums';
import { addCalendarMonths, londonToday, startOfCalendarMonth } from '@/lib/dates';
import { summariseAnswerTimes, type AnswerTimeInput, type AnswerTimeSummary } from '@/lib/stats/answer-times';
import { questionsPerMonth, waitBands, type MonthCount, type WaitBand } from '@/lib/stats/question-activity';
import { isUnreported } from '@/lib/unreported-fields';
import { DEFAULT_PAGE_SIZE } from '@/lib/validation/lists';
import { QUESTION_ROW_SELECT, toQuestionRow, type QuestionRow } from './question-rows';
import { ROLE_SELECT, sortRoles, toRoleDto, type RoleDto } from './roles';

export interface MemberRow {
  slug: string;
  displayName: string;
  listName: string;
  house: House;
  party: string | null;
  constituency: string | null;
  questionsAsked: number;
  answersGiven: number;
  isDemo: boolean;
}

export interface MemberProfile extends MemberRow {
  id: number;
  parliamentId: number | null;
  source: RecordSource;
  partyColour: string | null;
  roles: RoleDto[];
  meetingsAttended: number;
  coverageMentions: number;
}

export interface AnswerGiven {
  answerId: number;
  kind: AnswerKind;
  answeredOn: Date;
  answeredOnUnreported: boolean;
  question: QuestionRow;
}

export interface MemberQuestionStats {
  perMonth: MonthCount[];
  waits: WaitBand[];
  summary: AnswerTimeSummary;
}

const ROW_SELECT = {
  id: true, slug: true, displayName: true, listName: true, house: true, constituency: true, source: true, parliamentId: true,
  party: { select: { name: true, colour: true } },
  _count: { select: { asked: true, answers: true, meetings: true, mentionedIn: true } },
} as const satisfies Prisma.MemberSelect;

function toRow(m: Prisma.MemberGetPayload<{ select: typeof ROW_SELECT }>): MemberRow {
  return {
    slug: m.slug,
    displayName: m.displayName,
    listName: m.listName,
    house: m.house,
    party: m.party?.name ?? null,
    constituency: m.constituency,
    questionsAsked: m._count.asked,
    answersGiven: m._count.answers,
    isDemo: m.source === 'DEMO',
  };
}

/** Members by surname, filtered by name and house, one page at a time. */
export async function listMembers(query: { q?: string; house?: House; page?: number; pageSize?: number } = {}): Promise<{ rows: MemberRow[]; total: number }> {
  const where: Prisma.MemberWhereInput = {
    ...(query.house ? { house: query.house } : {}),
    ...(query.q ? { OR: [{ displayName: { contains: query.q } }, { constituency: { contains: query.q } }] } : {}),
  };
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    prisma.member.count({ where }),
    prisma.member.findMany({ where, orderBy: [{ listName: 'asc' }, { id: 'asc' }], skip: ((query.page ?? 1) - 1) * pageSize, take: pageSize, select: ROW_SELECT }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** A member's profile with posts held over time and what they did; null for an unknown slug. */
export async function getMember(slug: string): Promise<MemberProfile | null> {
  const m = await prisma.member.findUnique({ where: { slug }, select: { ...ROW_SELECT, roles: { select: ROLE_SELECT } } });
  if (!m) return null;
  return {
    ...toRow(m),
    id: m.id,
    parliamentId: m.parliamentId,
    source: m.source,
    partyColour: m.party?.colour ?? null,
    roles: sortRoles(m.roles.map(toRoleDto)),
    meetingsAttended: m._count.meetings,
    coverageMentions: m._count.mentionedIn,
  };
}

/** Answers a member gave as a minister, newest first, one page at a time. */
export async function listAnswersGiven(memberId: number, page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<{ rows: AnswerGiven[]; total: number }> {
  const where = { answeringMemberId: memberId };
  const [total, rows] = await Promise.all([
    prisma.answerVersion.count({ where }),
    prisma.answerVersion.findMany({
      where,
      orderBy: [{ answeredOn: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, kind: true, answeredOn: true, unreportedFields: true, question: { select: QUESTION_ROW_SELECT } },
    }),
  ]);
  return {
    total,
    rows: rows.map((a) => ({ answerId: a.id, kind: a.kind, answeredOn: a.answeredOn, answeredOnUnreported: isUnreported(a, 'answeredOn'), question: toQuestionRow(a.question) })),
  };
}

/** How many questions the member asked each month and how long they waited: the `months` months (default 24) up to their latest question. */
export async function getMemberQuestionStats(memberId: number, options: { today?: Date; months?: number } = {}): Promise<MemberQuestionStats> {
  const today = options.today ?? londonToday();
  // The window ends at the member's latest question, so a member who stopped asking still has charts.
  const latest = await prisma.question.findFirst({ where: { askingMemberId: memberId }, orderBy: { dateTabled: 'desc' }, select: { dateTabled: true } });
  const end = latest && latest.dateTabled < today ? latest.dateTabled : today;
  const since = startOfCalendarMonth(addCalendarMonths(end, -((options.months ?? 24) - 1)));
  const rows = await prisma.question.findMany({
    where: { askingMemberId: memberId, dateTabled: { gte: since } },
    select: { dateTabled: true, dateDue: true, dateAnswered: true, isNamedDay: true, state: true },
  });
  const input: AnswerTimeInput[] = rows.map((q) => ({ ...q, withdrawn: q.state === 'WITHDRAWN' }));
  return { perMonth: questionsPerMonth(input), waits: waitBands(input), summary: summariseAnswerTimes(input, today) };
}
