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
} as const satisfies Prisma.MemberSelect;

/**
 * A member's profile with posts held over time and what they did; null for an unknown slug. Counts
 * are read one index range each (Prisma's `_count` would group the whole questions table instead).
 */
export async function getMember(slug: string): Promise<MemberProfile | null> {
  const m = await prisma.member.findUnique({ where: { slug }, select: { ...ROW_SELECT, roles: { select: ROLE_SELECT } } });
  if (!m) return null;
  const [questionsAsked, answersGiven, meetingsAttended, coverageMentions] = await Promise.all([
    prisma.question.count({ where: { askingMemberId: m.id } }),
    prisma.answerVersion.count({ where: { answeringMemberId: m.id } }),
    prisma.meetingParticipant.count({ where: { memberId: m.id } }),
    prisma.coverageMember.count({ where: { memberId: m.id } }),
  ]);
  return {
    slug: m.slug,
    displayName: m.displayName,
    listName: m.listName,
    house: m.house,
    party: m.party?.name ?? null,
    constituency: m.constituency,
    questionsAsked,
    answersGiven,
    isDemo: m.source === 'DEMO',
    id: m.id,
    parliamentId: m.parliamentId,
    source: m.source,
    partyColour: m.party?.colour ?? null,
    roles: sortRoles(m.roles.map(toRoleDto)),
    meetingsAttended,
    coverageMentions,
  };
}

/** Answers a member gave as a minister, newest first, one page at a time. */
export async function listAnswersGiven(memberId: number, page = 1, pageSize = DEFAULT_PAGE_SIZE, today: Date = londonToday()): Promise<{ rows: AnswerGiven[]; total: number }> {
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
    rows: rows.map((a) => ({ answerId: a.id, kind: a.kind, answeredOn: a.answeredOn, answeredOnUnreported: isUnreported(a, 'answeredOn'), question: toQuestionRow(a.question, today) })),
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
