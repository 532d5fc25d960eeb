import 'server-only';
import { prisma } from '@/server/db';

export interface ScopeSlugs {
  member?: string;
  department?: string;
  topic?: string;
}

export interface ResolvedScope {
  ids: { memberId?: number; departmentId?: number; topicId?: number };
  /** What each filter resolved to, for "Filtered to …" notes with a way to remove each. */
  labels: { key: keyof ScopeSlugs; slug: string; name: string }[];
  problems: string[];
}

/** Member, department and topic addresses from a URL → ids; an unknown address is a message, not a filter. */
export async function resolveScope(slugs: ScopeSlugs): Promise<ResolvedScope> {
  const result: ResolvedScope = { ids: {}, labels: [], problems: [] };
  const [member, department, topic] = await Promise.all([
    slugs.member ? prisma.member.findUnique({ where: { slug: slugs.member }, select: { id: true, slug: true, displayName: true } }) : null,
    slugs.department ? prisma.department.findUnique({ where: { slug: slugs.department }, select: { id: true, slug: true, name: true } }) : null,
    slugs.topic ? prisma.topic.findUnique({ where: { slug: slugs.topic }, select: { id: true, slug: true, name: true } }) : null,
  ]);
  if (slugs.member) {
    if (member) {
      result.ids.memberId = member.id;
      result.labels.push({ key: 'member', slug: member.slug, name: member.displayName });
    } else result.problems.push(`Ignored “member”: no member has the address “${slugs.member}”.`);
  }
  if (slugs.department) {
    if (department) {
      result.ids.departmentId = department.id;
      result.labels.push({ key: 'department', slug: department.slug, name: department.name });
    } else result.problems.push(`Ignored “department”: no department has the address “${slugs.department}”.`);
  }
  if (slugs.topic) {
    if (topic) {
      result.ids.topicId = topic.id;
      result.labels.push({ key: 'topic', slug: topic.slug, name: topic.name });
    } else result.problems.push(`Ignored “topic”: no topic has the address “${slugs.topic}”.`);
  }
  return result;
}
