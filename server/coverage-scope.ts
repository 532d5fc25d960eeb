import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

/** Beyond this many ids, an IN list gets close to SQLite's bound-parameter limit: use the join form. */
const MAX_ID_LIST = 10_000;

/**
 * Articles covering a department's questions. Prisma writes `questions: { some: { question: … } }` as
 * an EXISTS over a join that SQLite's planner drives from every question of the department for every
 * article (seconds at 100,000 questions); reading the links first and filtering by id takes
 * milliseconds. Falls back to the relation filter when the id list would be too long to bind.
 */
export async function coverageOfDepartment(departmentId: number): Promise<Prisma.CoverageWhereInput> {
  const links = await prisma.coverageQuestion.findMany({
    where: { question: { departmentId } },
    select: { coverageId: true },
    distinct: ['coverageId'],
    take: MAX_ID_LIST + 1,
  });
  if (links.length > MAX_ID_LIST) return { questions: { some: { question: { departmentId } } } };
  return { id: { in: links.map((l) => l.coverageId) } };
}
