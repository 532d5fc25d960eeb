import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

/** Prisma's SQLite driver binds at most ~997 values per query: id lists are sent in chunks below that. */
const ID_CHUNK = 500;

export interface CoverageScopeInput {
  topicId?: number;
  memberId?: number;
  departmentId?: number;
}

type DateRange = { gte?: Date; lte?: Date } | undefined;

/** Dated articles in scope, as (id, date) pairs: what a timeline needs to order and count them. */
export type DatedCoverage = { id: number; publishedOn: Date }[];

/**
 * Which dated articles belong to a timeline's scope within a date range.
 *
 * A topic or member is a cheap relation filter on the article. A department is not: Prisma writes
 * `questions: { some: { question: { departmentId } } }` as an EXISTS that SQLite's planner drives from
 * every question of the department for every article (6 s at 100,000 questions), and an id list would
 * overflow the driver's bind limit. So a department's articles are read from the link table instead,
 * joined to the department's questions, with the article's own conditions applied on the same pass;
 * links are few (an article covers a handful of questions), so the pairs are ordered in memory.
 */
export async function coverageInScope(scope: CoverageScopeInput, range: DateRange): Promise<{ where: Prisma.CoverageWhereInput } | { dated: DatedCoverage }> {
  const onArticle: Prisma.CoverageWhereInput = {
    publishedOn: range ?? { not: null },
    ...(scope.topicId !== undefined ? { topics: { some: { topicId: scope.topicId } } } : {}),
    ...(scope.memberId !== undefined ? { members: { some: { memberId: scope.memberId } } } : {}),
  };
  if (scope.departmentId === undefined) return { where: onArticle };
  const links = await prisma.coverageQuestion.findMany({
    where: { question: { departmentId: scope.departmentId }, coverage: onArticle },
    select: { coverageId: true, coverage: { select: { publishedOn: true } } },
  });
  const seen = new Map<number, Date>();
  for (const link of links) if (link.coverage.publishedOn) seen.set(link.coverageId, link.coverage.publishedOn);
  return { dated: [...seen].map(([id, publishedOn]) => ({ id, publishedOn })) };
}

/** The first `take` of `dated` in (date, id) order, ascending or descending. */
export function firstDated(dated: DatedCoverage, dir: 'asc' | 'desc', take: number): number[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...dated]
    .sort((a, b) => sign * (a.publishedOn.getTime() - b.publishedOn.getTime() || a.id - b.id))
    .slice(0, take)
    .map((c) => c.id);
}

/** Runs `read` over `ids` in chunks that stay under the bind limit, concatenating the results. */
export async function inChunks<T>(ids: number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) out.push(...(await read(ids.slice(i, i + ID_CHUNK))));
  return out;
}
