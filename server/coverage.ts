import 'server-only';
import { prisma, textMatch } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { londonToday } from '@/lib/dates';
import { coveragePath } from '@/lib/routes';
import { isUnreported, unreportedSet } from '@/lib/unreported-fields';
import { DEFAULT_PAGE_SIZE, type CoverageSort } from '@/lib/validation/lists';
import { QUESTION_ROW_SELECT, toQuestionRow, type QuestionRow } from './question-rows';

export interface CoverageRow {
  id: number;
  href: string;
  outlet: string;
  headline: string;
  /** null when the date was not recorded. */
  publishedOn: Date | null;
  publishedOnUnreported: boolean;
  author: string | null;
  /** Questions the article covers. */
  questionCount: number;
  /** Members the article mentions. */
  memberCount: number;
  isDemo: boolean;
}

export interface CoverageDetail extends CoverageRow {
  /** The article's address; null when the stored one is a placeholder (see unreported). */
  url: string | null;
  summary: string | null;
  unreported: string[];
  questions: QuestionRow[];
  members: { displayName: string; slug: string; party: string | null; house: 'COMMONS' | 'LORDS'; isDemo: boolean }[];
  topics: { name: string; slug: string }[];
}

export interface CoverageListQuery {
  q?: string;
  outlet?: string;
  from?: Date;
  to?: Date;
  memberId?: number;
  topicId?: number;
  questionId?: number;
  sort?: CoverageSort;
  dir?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const ROW_SELECT = {
  id: true, outlet: true, headline: true, publishedOn: true, author: true, source: true, unreportedFields: true,
  _count: { select: { questions: true, members: true } },
} as const satisfies Prisma.CoverageSelect;

function toRow(c: Prisma.CoverageGetPayload<{ select: typeof ROW_SELECT }>): CoverageRow {
  const unreported = unreportedSet(c.unreportedFields);
  return {
    id: c.id,
    href: coveragePath(c),
    outlet: c.outlet,
    headline: c.headline,
    publishedOn: c.publishedOn,
    publishedOnUnreported: unreported.has('publishedOn'),
    author: unreported.has('author') ? null : c.author,
    questionCount: c._count.questions,
    memberCount: c._count.members,
    isDemo: c.source === 'DEMO',
  };
}

/** Articles, filtered and sorted (newest first by default), one page at a time. */
export async function listCoverage(query: CoverageListQuery = {}): Promise<{ rows: CoverageRow[]; total: number }> {
  const and: Prisma.CoverageWhereInput[] = [];
  if (query.q) and.push({ OR: [{ headline: textMatch.contains(query.q) }, { summary: textMatch.contains(query.q) }, { outlet: textMatch.contains(query.q) }, { author: textMatch.contains(query.q) }] });
  if (query.outlet) and.push({ outlet: query.outlet });
  if (query.from || query.to) and.push({ publishedOn: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } });
  if (query.memberId !== undefined) and.push({ members: { some: { memberId: query.memberId } } });
  if (query.topicId !== undefined) and.push({ topics: { some: { topicId: query.topicId } } });
  if (query.questionId !== undefined) and.push({ questions: { some: { questionId: query.questionId } } });
  const where: Prisma.CoverageWhereInput = { AND: and };
  const dir = query.dir ?? (query.sort === 'outlet' || query.sort === 'headline' ? 'asc' : 'desc');
  // Undated articles sort after dated ones whichever the direction.
  const orderBy: Prisma.CoverageOrderByWithRelationInput[] =
    query.sort === 'outlet' ? [{ outlet: dir }, { publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }]
      : query.sort === 'headline' ? [{ headline: dir }, { id: 'asc' }]
        : [{ publishedOn: { sort: dir, nulls: 'last' } }, { id: dir }];
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    prisma.coverage.count({ where }),
    prisma.coverage.findMany({ where, orderBy, skip: ((query.page ?? 1) - 1) * pageSize, take: pageSize, select: ROW_SELECT }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** Outlets that have coverage, for the outlet filter. */
export async function listOutlets(): Promise<string[]> {
  const rows = await prisma.coverage.findMany({ distinct: ['outlet'], select: { outlet: true }, orderBy: { outlet: 'asc' } });
  return rows.map((r) => r.outlet);
}

/** One article with the questions it covers, the members it mentions and its topics; null if none. */
export async function getCoverage(id: number, today: Date = londonToday()): Promise<CoverageDetail | null> {
  const c = await prisma.coverage.findUnique({
    where: { id },
    select: {
      ...ROW_SELECT,
      url: true,
      summary: true,
      questions: { select: { question: { select: QUESTION_ROW_SELECT } }, orderBy: { question: { dateTabled: 'asc' } } },
      members: { select: { member: { select: { displayName: true, slug: true, house: true, listName: true, source: true, party: { select: { name: true } } } } }, orderBy: { member: { listName: 'asc' } } },
      topics: { select: { topic: { select: { name: true, slug: true } } }, orderBy: { topic: { name: 'asc' } } },
    },
  });
  if (!c) return null;
  return {
    ...toRow(c),
    url: isUnreported(c, 'url') ? null : c.url,
    summary: c.summary,
    unreported: [...unreportedSet(c.unreportedFields)],
    questions: c.questions.map((q) => toQuestionRow(q.question, today)),
    members: c.members.map(({ member: m }) => ({ displayName: m.displayName, slug: m.slug, house: m.house, party: m.party?.name ?? null, isDemo: m.source === 'DEMO' })),
    topics: c.topics.map((t) => t.topic),
  };
}
