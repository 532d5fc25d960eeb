/**
 * Turns the names in a view's URL (member, department, topic addresses; party names) into ids for the
 * search backend, and the display names filter chips show. An address that names nothing is an error
 * the user sees, not a silently empty table.
 */
import type { House } from '@/generated/prisma/enums';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { statusesMatching } from '@/lib/question-status';
import { slugify } from '@/lib/search/slugify';
import type { QuestionQuery } from '@/lib/validation/question-query';
import type { ResolvedFilters } from './types';

export interface NamedRecord {
  id: number;
  slug: string;
  name: string;
}

/** Looks records up by address. Database-neutral: the Prisma implementation is below. */
export interface NameResolver {
  members(slugs: string[]): Promise<NamedRecord[]>;
  departments(slugs: string[]): Promise<NamedRecord[]>;
  topics(slugs: string[]): Promise<NamedRecord[]>;
  /** Every party (a short list); addressed by the slug of its name. */
  parties(): Promise<NamedRecord[]>;
}

export type FilterNames = Record<'member' | 'answerer' | 'department' | 'topic' | 'party', Record<string, string>>;

export function prismaNameResolver(prisma: PrismaClient): NameResolver {
  return {
    members: (slugs) =>
      prisma.member.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, displayName: true } }).then((rows) => rows.map((r) => ({ id: r.id, slug: r.slug, name: r.displayName }))),
    departments: (slugs) => prisma.department.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } }),
    topics: (slugs) => prisma.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } }),
    parties: () => prisma.party.findMany({ select: { id: true, name: true } }).then((rows) => rows.map((r) => ({ ...r, slug: slugify(r.name) }))),
  };
}

const LABELS = { member: 'asking member', answerer: 'answering member', department: 'department', topic: 'topic', party: 'party' } as const;

export async function resolveFilterNames(
  query: QuestionQuery,
  resolver: NameResolver,
): Promise<{ ok: true; filters: ResolvedFilters; names: FilterNames } | { ok: false; message: string }> {
  const names: FilterNames = { member: {}, answerer: {}, department: {}, topic: {}, party: {} };
  const missing: string[] = [];
  const lookup = async (key: keyof FilterNames, slugs: string[], find: (s: string[]) => Promise<NamedRecord[]>) => {
    if (slugs.length === 0) return [];
    const found = await find(slugs);
    const bySlug = new Map(found.map((r) => [r.slug, r]));
    return slugs.flatMap((slug) => {
      const record = bySlug.get(slug);
      if (!record) {
        missing.push(`no ${LABELS[key]} has the address “${slug}”`);
        return [];
      }
      names[key][slug] = record.name;
      return [record.id];
    });
  };
  const [askingMemberIds, answeringMemberIds, departmentIds, topicIds, partyIds] = await Promise.all([
    lookup('member', query.member, resolver.members),
    lookup('answerer', query.answerer, resolver.members),
    lookup('department', query.department, resolver.departments),
    lookup('topic', query.topic, resolver.topics),
    lookup('party', query.party, async (slugs) => (await resolver.parties()).filter((p) => slugs.includes(p.slug))),
  ]);
  if (missing.length > 0) return { ok: false, message: `Nothing to filter by: ${missing.join('; ')}.` };
  const yesNo = (value: 'yes' | 'no' | undefined) => (value === undefined ? undefined : value === 'yes');
  const houses: House[] = query.house ? [query.house === 'lords' ? 'LORDS' : 'COMMONS'] : [];
  return {
    ok: true,
    names,
    filters: {
      houses,
      askingMemberIds,
      answeringMemberIds,
      partyIds,
      departmentIds,
      topicIds,
      statuses: statusesMatching(query.status),
      uins: [],
      namedDay: yesNo(query.namedDay),
      hasCoverage: yesNo(query.coverage),
      citesMeeting: yesNo(query.meeting),
      tabled: { from: query.tabledFrom, to: query.tabledTo },
      answered: { from: query.answeredFrom, to: query.answeredTo },
      due: { from: query.dueFrom, to: query.dueTo },
    },
  };
}
