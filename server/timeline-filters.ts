import 'server-only';
import { prisma, textMatch } from '@/server/db';
import { parseSearchParams, type RawSearchParams } from '@/lib/validation/search-params';
import { generalTimelineSchema, TIMELINE_LIST_KEYS, timelineFilterSchema, type TimelineOrder } from '@/lib/validation/timeline';
import type { TimelineQuery } from './timeline';

export interface ResolvedTimelineFilters {
  query: TimelineQuery;
  values: {
    from?: Date;
    to?: Date;
    kinds: NonNullable<TimelineQuery['kinds']>[number][];
    order: TimelineOrder;
    member?: string;
    department?: string;
    topic?: string;
  };
  /** Names of what the timeline is narrowed to, for the heading ("Maria Eagle", "Ministry of Defence"). */
  scopeNames: string[];
  problems: string[];
  isFirstPage: boolean;
}

/**
 * Reads a combined timeline's URL: dates, kinds, order, page cursor and, on /timeline, the member
 * (by address or name), department and topic (by address). Anything malformed or unknown is dropped
 * with a message; the page never fails on its URL.
 */
export async function resolveTimelineFilters(raw: RawSearchParams, options: { withScope: boolean; defaultOrder: TimelineOrder; limit?: number }): Promise<ResolvedTimelineFilters> {
  const schema = options.withScope ? generalTimelineSchema : timelineFilterSchema;
  const { values, problems } = parseSearchParams(schema, raw, TIMELINE_LIST_KEYS);
  const v = values as Partial<{ from: Date; to: Date; kind: ResolvedTimelineFilters['values']['kinds']; order: TimelineOrder; cursor: TimelineQuery['cursor']; member: string; department: string; topic: string }>;
  let { from, to } = v;
  if (from && to && from > to) {
    problems.push('Ignored the dates: “from” is after “to”.');
    from = undefined;
    to = undefined;
  }
  const query: TimelineQuery = { from, to, kinds: v.kind, order: v.order ?? options.defaultOrder, cursor: v.cursor, limit: options.limit ?? 50 };
  const scopeNames: string[] = [];
  const resolved: ResolvedTimelineFilters['values'] = { from, to, kinds: v.kind ?? [], order: query.order! };

  if (v.member) {
    const member = await findMember(v.member);
    if ('id' in member) {
      query.memberId = member.id;
      resolved.member = member.slug;
      scopeNames.push(member.displayName);
    } else problems.push(member.problem);
  }
  if (v.department) {
    const department = await prisma.department.findUnique({ where: { slug: v.department }, select: { id: true, name: true, slug: true } });
    if (department) {
      query.departmentId = department.id;
      resolved.department = department.slug;
      scopeNames.push(department.name);
    } else problems.push(`Ignored “department”: no department has the address “${v.department}”.`);
  }
  if (v.topic) {
    const topic = await prisma.topic.findUnique({ where: { slug: v.topic }, select: { id: true, name: true, slug: true } });
    if (topic) {
      query.topicId = topic.id;
      resolved.topic = topic.slug;
      scopeNames.push(topic.name);
    } else problems.push(`Ignored “topic”: no topic has the address “${v.topic}”.`);
  }
  return { query, values: resolved, scopeNames, problems, isFirstPage: !v.cursor };
}

/** A member by address, else by a unique name match; otherwise a message saying what matched. */
async function findMember(input: string): Promise<{ id: number; slug: string; displayName: string } | { problem: string }> {
  const select = { id: true, slug: true, displayName: true } as const;
  const slug = input.toLowerCase().replace(/\s+/g, '-');
  const bySlug = await prisma.member.findUnique({ where: { slug }, select });
  if (bySlug) return bySlug;
  const matches = await prisma.member.findMany({ where: { displayName: textMatch.contains(input) }, select, orderBy: { listName: 'asc' }, take: 6 });
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) return { problem: `Ignored “member”: no member matches “${input}”.` };
  const names = matches.slice(0, 5).map((m) => m.displayName).join(', ');
  return { problem: `Ignored “member”: “${input}” matches more than one member (${names}${matches.length > 5 ? '…' : ''}). Give the full name.` };
}
