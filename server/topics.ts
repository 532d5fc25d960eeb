import 'server-only';
import { prisma } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';

export interface TopicRow {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  questions: number;
  meetings: number;
  coverage: number;
  isDemo: boolean;
}

const ROW_SELECT = {
  id: true, slug: true, name: true, description: true, source: true,
  _count: { select: { questions: true, meetings: true, coverage: true } },
} as const satisfies Prisma.TopicSelect;

function toRow(t: Prisma.TopicGetPayload<{ select: typeof ROW_SELECT }>): TopicRow {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    questions: t._count.questions,
    meetings: t._count.meetings,
    coverage: t._count.coverage,
    isDemo: t.source === 'DEMO',
  };
}

/** Topics by name, filtered by name, one page at a time. */
export async function listTopics(query: { q?: string; page?: number; pageSize?: number } = {}): Promise<{ rows: TopicRow[]; total: number }> {
  const where: Prisma.TopicWhereInput = query.q ? { OR: [{ name: { contains: query.q } }, { description: { contains: query.q } }] } : {};
  const pageSize = query.pageSize ?? 50;
  const [total, rows] = await Promise.all([
    prisma.topic.count({ where }),
    prisma.topic.findMany({ where, orderBy: [{ name: 'asc' }], skip: ((query.page ?? 1) - 1) * pageSize, take: pageSize, select: ROW_SELECT }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** One topic with its counts; null for an unknown slug. */
export async function getTopic(slug: string): Promise<TopicRow | null> {
  const t = await prisma.topic.findUnique({ where: { slug }, select: ROW_SELECT });
  return t ? toRow(t) : null;
}

/** Every topic's name and slug, for filter menus (topics number in the dozens, not thousands). */
export async function listTopicOptions(): Promise<{ slug: string; name: string }[]> {
  return prisma.topic.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true }, take: 500 });
}
