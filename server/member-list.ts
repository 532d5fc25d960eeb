import 'server-only';
import { prisma, textMatch } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import { londonToday } from '@/lib/dates';
import { orderRecords, pageOf, type SortValue } from '@/lib/list-order';
import { memberPath, partySlug, questionPath } from '@/lib/routes';
import { isUnreported } from '@/lib/unreported-fields';
import type { SortDirection } from '@/lib/validation/table-state';
import type { MemberSort } from '@/lib/validation/members-table';
import { latestQuestionDateByMember, latestQuestionIdByMember } from './latest-activity';
import { HOUSE_SHORT_LABELS } from '@/lib/labels';

export interface PartyOption {
  id: number;
  slug: string;
  name: string;
  abbreviation: string;
}

export interface MemberListRow {
  id: number;
  slug: string;
  href: string;
  displayName: string;
  listName: string;
  house: House;
  party: { name: string; abbreviation: string; colour: string | null } | null;
  constituency: string | null;
  /** Titles of the posts held today (an undated post counts as held, as on the member's page). */
  posts: string[];
  questionsAsked: number;
  answersGiven: number;
  /** The member's most recent question, by date tabled; null if they have asked none. */
  latestQuestion: { href: string; dateTabled: Date; dateUnreported: boolean } | null;
  isDemo: boolean;
}

export interface MemberListQuery {
  /** Part of the display name, the "Surname, First" name or the seat (case-insensitive). */
  q?: string;
  house?: House;
  partyId?: number;
  /** Only members holding a post today. */
  ministers?: boolean;
  sort?: MemberSort;
  dir?: SortDirection;
  page?: number;
  pageSize?: number;
  /** London's today, for "current" posts; defaults to now. */
  today?: Date;
}

/** A post held on `today`: started by then (or undated) and not ended before it. */
export function heldOn(today: Date): Prisma.MemberRoleWhereInput {
  return { AND: [{ OR: [{ startDate: null }, { startDate: { lte: today } }] }, { OR: [{ endDate: null }, { endDate: { gte: today } }] }] };
}

function memberWhere(query: MemberListQuery, today: Date): Prisma.MemberWhereInput {
  const and: Prisma.MemberWhereInput[] = [];
  if (query.q) and.push({ OR: [{ displayName: textMatch.contains(query.q) }, { listName: textMatch.contains(query.q) }, { constituency: textMatch.contains(query.q) }] });
  if (query.house) and.push({ house: query.house });
  if (query.partyId !== undefined) and.push({ partyId: query.partyId });
  if (query.ministers) and.push({ roles: { some: heldOn(today) } });
  return { AND: and };
}

type SortKeys = { id: number; name: string; house: House; constituency: string | null; party: { name: string } | null };

/** What to order by for a sort that needs figures about every filtered member, read in one grouped pass. */
async function aggregateKey(sort: 'questions' | 'answers' | 'latest'): Promise<(m: SortKeys) => SortValue> {
  if (sort === 'latest') {
    const latest = await latestQuestionDateByMember();
    return (m) => latest.get(m.id) ?? null;
  }
  const counts =
    sort === 'questions'
      ? (await prisma.question.groupBy({ by: ['askingMemberId'], _count: { _all: true } })).map((r) => [r.askingMemberId, r._count._all] as const)
      : (await prisma.answerVersion.groupBy({ by: ['answeringMemberId'], where: { answeringMemberId: { not: null } }, _count: { _all: true } })).map((r) => [r.answeringMemberId!, r._count._all] as const);
  const byId = new Map(counts);
  return (m) => byId.get(m.id) ?? 0;
}

/**
 * Members, filtered and sorted, one page at a time. The filtered members' sort keys are read in one
 * narrow query and ordered in code (lib/list-order.ts: missing values last, ties by surname); figures
 * about questions and answers are read for the page's members only, except when the list is sorted by
 * one of them, which reads that figure for everyone in a single grouped pass over its index.
 */
export async function listMembers(query: MemberListQuery = {}): Promise<{ rows: MemberListRow[]; total: number }> {
  const today = query.today ?? londonToday();
  const sort = query.sort ?? 'name';
  const dir = query.dir ?? 'asc';
  const pageSize = query.pageSize ?? 50;
  const keys = await prisma.member.findMany({
    where: memberWhere(query, today),
    select: { id: true, listName: true, house: true, constituency: true, party: { select: { name: true } } },
  });
  const records: SortKeys[] = keys.map((m) => ({ id: m.id, name: m.listName, house: m.house, constituency: m.constituency, party: m.party }));
  const key: (m: SortKeys) => SortValue =
    sort === 'party' ? (m) => m.party?.name ?? null
      : sort === 'house' ? (m) => HOUSE_SHORT_LABELS[m.house]
        : sort === 'constituency' ? (m) => m.constituency
          : sort === 'name' ? (m) => m.name
            : await aggregateKey(sort);
  const ids = pageOf(orderRecords(records, key, dir), query.page ?? 1, pageSize).map((m) => m.id);
  return { rows: await memberRows(ids, today), total: records.length };
}

/** The rows for `ids` (a page: under the driver's bind limit), in that order. */
async function memberRows(ids: number[], today: Date): Promise<MemberListRow[]> {
  if (ids.length === 0) return [];
  const [members, asked, answered, latestIds] = await Promise.all([
    prisma.member.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, slug: true, displayName: true, listName: true, house: true, constituency: true, source: true,
        party: { select: { name: true, abbreviation: true, colour: true } },
        roles: { where: heldOn(today), select: { title: true }, orderBy: [{ startDate: 'desc' }, { id: 'asc' }] },
      },
    }),
    prisma.question.groupBy({ by: ['askingMemberId'], where: { askingMemberId: { in: ids } }, _count: { _all: true } }),
    prisma.answerVersion.groupBy({ by: ['answeringMemberId'], where: { answeringMemberId: { in: ids } }, _count: { _all: true } }),
    latestQuestionIdByMember(ids),
  ]);
  const latestQuestions = await prisma.question.findMany({
    where: { id: { in: [...latestIds.values()] } },
    select: { id: true, house: true, uin: true, dateTabled: true, unreportedFields: true },
  });
  const askedBy = new Map(asked.map((r) => [r.askingMemberId, r._count._all]));
  const answeredBy = new Map(answered.map((r) => [r.answeringMemberId, r._count._all]));
  const questionById = new Map(latestQuestions.map((q) => [q.id, q]));
  const byId = new Map(members.map((m) => [m.id, m]));
  return ids.flatMap((id) => {
    const m = byId.get(id);
    if (!m) return [];
    const latest = questionById.get(latestIds.get(id) ?? -1);
    return [
      {
        id: m.id,
        slug: m.slug,
        href: memberPath(m),
        displayName: m.displayName,
        listName: m.listName,
        house: m.house,
        party: m.party,
        constituency: m.constituency,
        posts: [...new Set(m.roles.map((r) => r.title))],
        questionsAsked: askedBy.get(id) ?? 0,
        answersGiven: answeredBy.get(id) ?? 0,
        latestQuestion: latest ? { href: questionPath(latest), dateTabled: latest.dateTabled, dateUnreported: isUnreported(latest, 'dateTabled') } : null,
        isDemo: m.source === 'DEMO',
      },
    ];
  });
}

/** Every party, by name, with its address for the party filter (parties number in the dozens). */
export async function listParties(): Promise<PartyOption[]> {
  const parties = await prisma.party.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, abbreviation: true } });
  return parties.map((p) => ({ ...p, slug: partySlug(p.name) }));
}
