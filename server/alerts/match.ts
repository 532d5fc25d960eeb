/**
 * Which users each new event concerns: follows of the question, its asking member (or the member who
 * gave an answer), its department, one of its topics, or a saved search it now satisfies. One delivery per
 * (user, event) however many of their follows match; "immediate" wins over "daily" when both do.
 */
import type { PrismaClient } from '@/lib/db/prisma-client';
import type { NameResolver } from '@/server/search/resolve-filters';
import type { AlertEvent } from './events';
import type { QuestionFacts } from './question-facts';
import { compileSavedSearch, filterPredicate } from './saved-search';
import type { QuestionText } from './alert-dialect';
import type { FollowFrequency } from '@/lib/alerts/follow';

export interface PlannedDelivery {
  key: string;
  userId: string;
  followId: number;
  eventKey: string;
  questionId: number;
  frequency: FollowFrequency;
}

interface FollowRow {
  id: number;
  userId: string;
  kind: string;
  targetId: string;
  frequency: string;
}

export interface MatchInput {
  events: AlertEvent[];
  facts: Map<number, QuestionFacts>;
  names: NameResolver;
  /** The new questions' text, for saved searches with words (built only when one has words). */
  text: () => QuestionText;
  today: Date;
}

export async function matchEvents(db: PrismaClient, input: MatchInput): Promise<{ deliveries: PlannedDelivery[]; searches: number; badSearches: number }> {
  const { events, facts, today } = input;
  const live = events.filter((e) => facts.has(e.questionId));
  if (live.length === 0) return { deliveries: [], searches: 0, badSearches: 0 };

  const targets = { question: new Set<string>(), member: new Set<string>(), department: new Set<string>(), topic: new Set<string>() };
  for (const e of live) {
    const q = facts.get(e.questionId)!;
    targets.question.add(String(q.id));
    targets.member.add(String(q.askingMemberId));
    if (e.answeringMemberId !== null) targets.member.add(String(e.answeringMemberId));
    targets.department.add(String(q.departmentId));
    for (const t of q.topicIds) targets.topic.add(String(t));
  }
  const direct: FollowRow[] = await db.follow.findMany({
    where: { OR: Object.entries(targets).map(([kind, ids]) => ({ kind, targetId: { in: [...ids] } })) },
    select: { id: true, userId: true, kind: true, targetId: true, frequency: true },
  });
  const byTarget = new Map<string, FollowRow[]>();
  for (const f of direct) {
    const k = `${f.kind}:${f.targetId}`;
    byTarget.set(k, [...(byTarget.get(k) ?? []), f]);
  }

  // Saved searches: each distinct query compiled and run once, whoever saved it.
  const searches: FollowRow[] = await db.follow.findMany({ where: { kind: 'search' }, select: { id: true, userId: true, kind: true, targetId: true, frequency: true } });
  const byQuery = new Map<string, FollowRow[]>();
  for (const f of searches) byQuery.set(f.targetId, [...(byQuery.get(f.targetId) ?? []), f]);
  const questionIds = [...new Set(live.map((e) => e.questionId))];
  // Most saved searches name a department, topic or member: start from the new questions those have.
  const index = { department: new Map<number, number[]>(), topic: new Map<number, number[]>(), asker: new Map<number, number[]>() };
  const add = (map: Map<number, number[]>, key: number, id: number) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const id of questionIds) {
    const q = facts.get(id)!;
    add(index.department, q.departmentId, id);
    add(index.asker, q.askingMemberId, id);
    for (const t of q.topicIds) add(index.topic, t, id);
  }
  const startFrom = (f: { departmentIds: number[]; topicIds: number[]; askingMemberIds: number[] }): number[] => {
    const from = (map: Map<number, number[]>, keys: number[]) => [...new Set(keys.flatMap((k) => map.get(k) ?? []))];
    if (f.askingMemberIds.length > 0) return from(index.asker, f.askingMemberIds);
    if (f.departmentIds.length > 0) return from(index.department, f.departmentIds);
    if (f.topicIds.length > 0) return from(index.topic, f.topicIds);
    return questionIds;
  };
  const matchedBySearch = new Map<number, FollowRow[]>();
  let badSearches = 0;
  let text: QuestionText | null = null;
  try {
    for (const [queryString, followers] of byQuery) {
      const compiled = await compileSavedSearch(queryString, input.names, today);
      if (!compiled.ok) {
        badSearches++; // e.g. a topic that has since been deleted: the /alerts page says so
        continue;
      }
      if (compiled.impossible) continue;
      const passes = filterPredicate(compiled.filters, today);
      let candidates = startFrom(compiled.filters).filter((id) => passes(facts.get(id)!));
      if (candidates.length > 0 && compiled.text && compiled.text.clauses.length > 0) {
        text ??= input.text();
        const words = await text.matching(compiled.text);
        candidates = candidates.filter((id) => words.has(id));
      }
      for (const id of candidates) matchedBySearch.set(id, [...(matchedBySearch.get(id) ?? []), ...followers]);
    }
  } finally {
    await text?.close();
  }

  const planned = new Map<string, PlannedDelivery>();
  for (const e of live) {
    const q = facts.get(e.questionId)!;
    const matching = [
      ...(byTarget.get(`question:${q.id}`) ?? []),
      ...(byTarget.get(`member:${q.askingMemberId}`) ?? []),
      ...(e.answeringMemberId !== null && e.answeringMemberId !== q.askingMemberId ? (byTarget.get(`member:${e.answeringMemberId}`) ?? []) : []),
      ...(byTarget.get(`department:${q.departmentId}`) ?? []),
      ...q.topicIds.flatMap((t) => byTarget.get(`topic:${t}`) ?? []),
      ...(matchedBySearch.get(q.id) ?? []),
    ];
    for (const f of matching) {
      const key = `${f.userId}:${e.key}`;
      const existing = planned.get(key);
      if (existing && (existing.frequency === 'immediate' || f.frequency !== 'immediate')) continue;
      planned.set(key, { key, userId: f.userId, followId: f.id, eventKey: e.key, questionId: q.id, frequency: f.frequency === 'daily' ? 'daily' : 'immediate' });
    }
  }
  return { deliveries: [...planned.values()], searches: byQuery.size, badSearches };
}
