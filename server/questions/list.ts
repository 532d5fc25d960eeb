import 'server-only';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { House, RecordSource } from '@/generated/prisma/enums';
import { daysBetween, londonToday } from '@/lib/dates';
import { effectiveStatus, type QuestionStatus } from '@/lib/question-status';
import { departmentPath, memberPath, questionPath } from '@/lib/routes';
import { parseUnreportedFields } from '@/lib/unreported';
import type { QuestionSortKey } from '@/lib/validation/questions';
import type { SortDirection } from '@/lib/validation/table-state';
import { prisma } from '@/server/db';
import { planSegmentPage, questionOrderSegments } from './order';

/** One row of a question list: everything a list shows, nothing it does not. */
export interface QuestionRow {
  id: number;
  /** This question's page on Answerable. */
  href: string;
  house: House;
  uin: string;
  /** Calendar dates (UTC midnight). */
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  heading: string;
  member: {
    name: string;
    slug: string;
    href: string;
    /** Null when the source did not report the party. */
    party: { name: string; abbreviation: string; colour: string | null } | null;
  };
  department: { name: string; shortName: string; slug: string; href: string };
  status: QuestionStatus;
  /** Days past the due date, for overdue questions only. */
  daysOverdue: number | null;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
  source: RecordSource;
  isDemo: boolean;
  /** Fields whose stored values are placeholders the source did not report ("uin", "dateTabled"…). */
  unreportedFields: string[];
}

export interface QuestionListQuery {
  sort: QuestionSortKey;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  size: number;
  /** Filters, ANDed with the ordering's own conditions. The search feature builds these. */
  where?: Prisma.QuestionWhereInput;
}

export interface QuestionListResult {
  rows: QuestionRow[];
  /** Questions matching the filters, on every page. */
  total: number;
  page: number;
  size: number;
  /** At least 1, so "Page 1 of 1" reads right for an empty list. */
  pageCount: number;
}

export interface ListOptions {
  db?: PrismaClient;
  /** Today in London (UTC midnight); decides overdue. Tests pass a fixed day. */
  today?: Date;
}

/** The columns a row needs, and no more (question text and answers stay out of list queries). */
export const questionRowSelect = {
  id: true,
  house: true,
  uin: true,
  dateTabled: true,
  dateDue: true,
  isNamedDay: true,
  heading: true,
  state: true,
  dateAnswered: true,
  daysToAnswer: true,
  source: true,
  unreportedFields: true,
  askingMember: {
    select: { displayName: true, slug: true, party: { select: { name: true, abbreviation: true, colour: true } } },
  },
  department: { select: { name: true, shortName: true, slug: true } },
} satisfies Prisma.QuestionSelect;

type SelectedQuestion = Prisma.QuestionGetPayload<{ select: typeof questionRowSelect }>;

/** Maps a selected question to its list row; `today` decides overdue. */
export function toQuestionRow(q: SelectedQuestion, today: Date): QuestionRow {
  const status = effectiveStatus(q, today);
  return {
    id: q.id,
    href: questionPath(q),
    house: q.house,
    uin: q.uin,
    dateTabled: q.dateTabled,
    dateDue: q.dateDue,
    isNamedDay: q.isNamedDay,
    heading: q.heading,
    member: {
      name: q.askingMember.displayName,
      slug: q.askingMember.slug,
      href: memberPath(q.askingMember),
      party: q.askingMember.party,
    },
    department: { ...q.department, href: departmentPath(q.department) },
    status,
    daysOverdue: status === 'overdue' ? daysBetween(q.dateDue, today) : null,
    dateAnswered: q.dateAnswered,
    daysToAnswer: q.daysToAnswer,
    source: q.source,
    isDemo: q.source === 'DEMO',
    unreportedFields: parseUnreportedFields(q.unreportedFields),
  };
}

/**
 * One page of questions in the requested order, with the total across all pages. A page past the end
 * returns no rows (and the real total), so the table can say so and link back to page 1.
 */
export async function listQuestions(query: QuestionListQuery, options: ListOptions = {}): Promise<QuestionListResult> {
  const db = options.db ?? prisma;
  const today = options.today ?? londonToday();
  const base = query.where ?? {};
  const segments = questionOrderSegments(query.sort, query.dir, today);
  const skip = (query.page - 1) * query.size;
  const whereOf = (extra?: Prisma.QuestionWhereInput) => (extra ? { AND: [base, extra] } : base);

  const counts = await Promise.all(segments.map((s) => db.question.count({ where: whereOf(s.where) })));
  const total = counts.reduce((sum, n) => sum + n, 0);
  const plan = planSegmentPage(counts, skip, query.size);
  const slices = await Promise.all(
    plan.map(({ segment, skip: segmentSkip, take }) => {
      const s = segments[segment]!;
      return db.question.findMany({ where: whereOf(s.where), orderBy: s.orderBy, skip: segmentSkip, take, select: questionRowSelect });
    }),
  );

  return {
    rows: slices.flat().map((q) => toQuestionRow(q, today)),
    total,
    page: query.page,
    size: query.size,
    pageCount: Math.max(1, Math.ceil(total / query.size)),
  };
}
