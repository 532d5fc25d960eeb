/**
 * A saved search (the questions table's query string) run against the new questions only: the same
 * parser and name resolution as the table (lib/validation/question-query.ts, prepareView), then the
 * filters tested on each new question's facts in memory and the words matched in a temporary index of
 * the new questions (sqlite-alert-text.ts). `filtersMatch` is the in-memory reading of the filter SQL in
 * server/search/sqlite/sqlite-search-sql.ts (filterConditions); saved-search.test.ts checks the two agree.
 */
import { statusesMatching, effectiveStatus } from '@/lib/question-status';
import type { ParsedSearch } from '@/lib/search/parse-query';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import type { NameResolver } from '@/server/search/resolve-filters';
import { prepareView, type QuestionSearchDeps } from '@/server/search/question-search';
import type { DateRange, ResolvedFilters } from '@/server/search/types';
import type { QuestionFacts } from './question-facts';

export type CompiledSearch = { ok: true; filters: ResolvedFilters; text: ParsedSearch | null; impossible: boolean } | { ok: false; message: string };

/** Parses and resolves a saved search once per run (names may have changed since it was saved). */
export async function compileSavedSearch(queryString: string, names: NameResolver, today: Date): Promise<CompiledSearch> {
  const parsed = parseQuestionQuery(new URLSearchParams(queryString));
  if (!parsed.ok) return { ok: false, message: parsed.message };
  // prepareView reads only the name resolver and today (it plans; the backend runs plans): no backend here.
  const deps: Pick<QuestionSearchDeps, 'names' | 'today'> = { names, today };
  const prepared = await prepareView(parsed.query, deps as QuestionSearchDeps);
  if (!prepared.ok) return { ok: false, message: prepared.message };
  const { plan, impossible } = prepared.view;
  return { ok: true, filters: plan.filters, text: plan.text, impossible };
}

const inRange = (value: Date | null, range: DateRange) =>
  (!range.from && !range.to) || (value !== null && (!range.from || value.getTime() >= range.from.getTime()) && (!range.to || value.getTime() <= range.to.getTime()));

/** A search's filters (everything but the words) as a test on a question, with its sets built once. */
export function filterPredicate(f: ResolvedFilters, today: Date): (q: QuestionFacts) => boolean {
  const set = <T>(values: readonly T[]) => (values.length === 0 ? null : new Set(values));
  const houses = set(f.houses);
  const askers = set(f.askingMemberIds);
  const answerers = set(f.answeringMemberIds);
  const parties = set(f.partyIds);
  const departments = set(f.departmentIds);
  const topics = set(f.topicIds);
  const statuses = set(statusesMatching(f.statuses));
  const uins = set(f.uins);
  const dates = [f.tabled, f.answered, f.due].some((r) => r.from || r.to);
  return (q) =>
    (!houses || houses.has(q.house)) &&
    (!askers || askers.has(q.askingMemberId)) &&
    (!answerers || q.answeringMemberIds.some((id) => answerers.has(id))) &&
    (!parties || (q.partyId !== null && parties.has(q.partyId))) &&
    (!departments || departments.has(q.departmentId)) &&
    (!topics || q.topicIds.some((id) => topics.has(id))) &&
    (!statuses || statuses.has(effectiveStatus(q, today))) &&
    (!uins || uins.has(q.uin)) &&
    (f.namedDay === undefined || f.namedDay === q.isNamedDay) &&
    (f.hasCoverage === undefined || f.hasCoverage === q.hasCoverage) &&
    (f.citesMeeting === undefined || f.citesMeeting === q.citesMeeting) &&
    (!dates || (inRange(q.dateTabled, f.tabled) && inRange(q.dateAnswered, f.answered) && inRange(q.dateDue, f.due)));
}

/** Whether a question passes a search's filters (everything but the words). */
export function filtersMatch(f: ResolvedFilters, q: QuestionFacts, today: Date): boolean {
  return filterPredicate(f, today)(q);
}
