/**
 * A saved search (the questions table's query string) run against the new questions only: the same
 * parser and name resolution as the table (lib/validation/question-query.ts, prepareView), then the
 * filters tested on each new question's facts in memory and the words matched in a temporary index of
 * the new questions (sqlite-alert-text.ts). `filtersMatch` is the in-memory reading of the filter SQL in
 * server/search/sqlite-search-sql.ts (filterConditions); saved-search.test.ts checks the two agree.
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

const anyOf = <T>(wanted: readonly T[], has: (value: T) => boolean) => wanted.length === 0 || wanted.some(has);

/** Whether a question passes a search's filters (everything but the words). */
export function filtersMatch(f: ResolvedFilters, q: QuestionFacts, today: Date): boolean {
  return (
    anyOf(f.houses, (h) => h === q.house) &&
    anyOf(f.askingMemberIds, (id) => id === q.askingMemberId) &&
    anyOf(f.answeringMemberIds, (id) => q.answeringMemberIds.includes(id)) &&
    anyOf(f.partyIds, (id) => id === q.partyId) &&
    anyOf(f.departmentIds, (id) => id === q.departmentId) &&
    anyOf(f.topicIds, (id) => q.topicIds.includes(id)) &&
    anyOf(statusesMatching(f.statuses), (s) => s === effectiveStatus(q, today)) &&
    anyOf(f.uins, (uin) => uin === q.uin) &&
    (f.namedDay === undefined || f.namedDay === q.isNamedDay) &&
    (f.hasCoverage === undefined || f.hasCoverage === q.hasCoverage) &&
    (f.citesMeeting === undefined || f.citesMeeting === q.citesMeeting) &&
    inRange(q.dateTabled, f.tabled) &&
    inRange(q.dateAnswered, f.answered) &&
    inRange(q.dateDue, f.due)
  );
}
