import 'server-only';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { londonToday } from '@/lib/dates';
import type { QuestionSortKey } from '@/lib/validation/questions';
import type { SortDirection } from '@/lib/validation/table-state';
import { prisma } from '@/server/db';
import { QUESTION_ROW_SELECT, toQuestionRow, type QuestionRow } from '@/server/question-rows';
import { planSegmentPage, questionOrderSegments } from './order';

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
      return db.question.findMany({ where: whereOf(s.where), orderBy: s.orderBy, skip: segmentSkip, take, select: QUESTION_ROW_SELECT });
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
