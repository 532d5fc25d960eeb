import 'server-only';
import { prisma } from '@/server/db';

/** Renames and merges chained this many times are followed; a longer chain is a loop or a mistake. */
const MAX_HOPS = 10;

/**
 * Where a topic's old address leads now: a topic renamed (its address changed) or merged into another is
 * found through the history, which keeps the old address in the entry's `before` values, and followed
 * through later renames and merges to the topic that exists today. null when the address never belonged
 * to a topic, or the topic was deleted. Only Topic entries are read (the history's entity index).
 */
export async function findMovedTopic(slug: string): Promise<{ slug: string; name: string } | null> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) return null; // the LIKE pattern below must hold no wildcards
  const entry = await prisma.changeLog.findFirst({
    where: { entityType: 'Topic', action: { in: ['update', 'merge'] }, before: { contains: `"slug":"${slug}"` } },
    orderBy: { id: 'desc' },
    select: { entityId: true },
  });
  let id = entry ? Number(entry.entityId) : NaN;
  for (let hop = 0; hop < MAX_HOPS && Number.isInteger(id); hop++) {
    const topic = await prisma.topic.findUnique({ where: { id }, select: { slug: true, name: true } });
    if (topic) return topic.slug === slug ? null : topic;
    const merge = await prisma.changeLog.findFirst({
      where: { entityType: 'Topic', entityId: String(id), action: 'merge', after: { contains: '"mergedInto"' } },
      orderBy: { id: 'desc' },
      select: { after: true },
    });
    id = merge?.after ? Number((JSON.parse(merge.after) as { mergedInto?: { id?: unknown } }).mergedInto?.id) : NaN;
  }
  return null;
}
