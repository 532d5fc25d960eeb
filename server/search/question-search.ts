import 'server-only';
import type { House, RecordSource } from '@/generated/prisma/enums';
import { londonToday } from '@/lib/dates';
import { toQuestionRow, type QuestionRow, type QuestionRowFields } from '@/server/question-rows';
import { emptySearch, hasTextSearch, parseSearchQuery, type ParsedSearch } from '@/lib/search/parse-query';
import { toSegments, type Segment } from '@/lib/search/segments';
import { effectiveSort, parseQuestionQuery, type QuestionQuery, type RawSearchParams, type SortDirection, type SortKey } from '@/lib/validation/question-query';
import { resolveFilterNames, type FilterNames, type NameResolver } from './resolve-filters';
import { isSearchDeadlineError } from './search-deadline';
import type { QuestionRecord, QuestionSearchBackend, RawSnippets, ResolvedFilters, SearchPage, SearchPlan } from './types';

/** Where the search words matched: the heading highlighted, lines of question and answer. */
export interface QuestionMatch {
  heading: Segment[] | null;
  question: Segment[] | null;
  answer: Segment[] | null;
}

/** A row of the questions table (components/questions/questions-table.tsx), with where a search matched. */
export interface QuestionListRow extends QuestionRow {
  /** Null when not searching. */
  match: QuestionMatch | null;
}

export interface QuestionSearchResult {
  query: QuestionQuery;
  sort: SortKey;
  dir: SortDirection;
  rows: QuestionListRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** What the search-syntax parser did with input it could not take literally. */
  notices: string[];
  /** Display names of the records the filters name, for filter chips. */
  names: FilterNames;
  searching: boolean;
  /** Relevance ranked only the newest this-many matches (a very common word); see RANK_WINDOW. */
  rankedWithin: number | null;
}

/**
 * A refusal: 400 for a view that cannot run as written (bad parameters, search syntax, caps); 503 for
 * a search stopped at its deadline (SEARCH_DEADLINE_MS) — the address is valid, the server declined
 * to spend more on it, and the same search may finish on a quieter server.
 */
export type QuestionSearchOutcome = { ok: true; result: QuestionSearchResult } | { ok: false; status: 400 | 503; message: string };

export interface QuestionSearchDeps {
  backend: QuestionSearchBackend;
  names: NameResolver;
  today?: Date;
}

/** Parses a view (URL parameters), then searches. Bad parameters or search syntax → a 400 message. */
export async function searchQuestionsFromParams(raw: RawSearchParams, deps: QuestionSearchDeps): Promise<QuestionSearchOutcome> {
  const parsed = parseQuestionQuery(raw);
  if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
  return searchQuestions(parsed.query, deps);
}

export interface PreparedView {
  query: QuestionQuery;
  text: ParsedSearch;
  plan: Omit<SearchPlan, 'offset' | 'limit'>;
  names: FilterNames;
  /** The filters contradict each other (house:lords with house=commons): nothing can match. */
  impossible: boolean;
}

/** Everything but paging: shared by the table and the exports. */
export async function prepareView(query: QuestionQuery, deps: QuestionSearchDeps): Promise<{ ok: true; view: PreparedView } | { ok: false; status: 400; message: string }> {
  const text = query.q.trim() ? parseSearchQuery(query.q) : { ok: true as const, query: emptySearch() };
  if (!text.ok) return { ok: false, status: 400, message: text.error };
  const resolved = await resolveFilterNames(query, deps.names);
  if (!resolved.ok) return { ok: false, status: 400, message: resolved.message };
  const { filters, impossible } = mergeTextFilters(resolved.filters, text.query);
  const searching = hasTextSearch(text.query);
  const { sort, dir } = effectiveSort(query, searching);
  const plan = { text: searching ? text.query : null, filters, sort, dir, today: deps.today ?? londonToday() };
  return { ok: true, view: { query, text: text.query, plan, names: resolved.names, impossible } };
}

/** The questions table's data: one page of a filtered, sorted, optionally searched view. */
export async function searchQuestions(query: QuestionQuery, deps: QuestionSearchDeps): Promise<QuestionSearchOutcome> {
  const prepared = await prepareView(query, deps);
  if (!prepared.ok) return prepared;
  const { view } = prepared;
  const pageSize = query.size;
  let page: SearchPage;
  try {
    page = view.impossible
      ? { records: [], total: 0, snippets: new Map(), rankedWithin: null }
      : await deps.backend.search({ ...view.plan, offset: (query.page - 1) * pageSize, limit: pageSize });
  } catch (error) {
    if (isSearchDeadlineError(error)) return { ok: false, status: 503, message: error.message };
    throw error;
  }
  const today = view.plan.today;
  const rows = page.records.map((record) => toListRow(record, today, page.snippets.get(record.id) ?? null, view.plan.text !== null));
  return {
    ok: true,
    result: {
      query,
      sort: view.plan.sort,
      dir: view.plan.dir,
      rows,
      total: page.total,
      page: query.page,
      pageSize,
      pageCount: Math.max(1, Math.ceil(page.total / pageSize)),
      notices: view.text.notices,
      names: view.names,
      searching: view.plan.text !== null,
      rankedWithin: page.rankedWithin,
    },
  };
}

const intersect = <T>(a: T[], b: T[]): T[] | null => {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const both = a.filter((x) => b.includes(x));
  return both.length > 0 ? both : null;
};

/** house:, status: and uin: typed in the search box narrow the filter panel's choices. */
function mergeTextFilters(filters: ResolvedFilters, text: ParsedSearch): { filters: ResolvedFilters; impossible: boolean } {
  const houses = intersect(filters.houses, text.houses.map((h): House => (h === 'lords' ? 'LORDS' : 'COMMONS')));
  const statuses = intersect(filters.statuses, text.statuses);
  return {
    filters: { ...filters, houses: houses ?? [], statuses: statuses ?? [], uins: text.uins },
    impossible: houses === null || statuses === null,
  };
}

/** The search's SQL record in the shape every question list maps from (server/question-rows.ts). */
function rowFields(record: QuestionRecord): QuestionRowFields {
  return {
    ...record,
    source: record.source as RecordSource,
    askingMember: {
      displayName: record.askerName,
      slug: record.askerSlug,
      party: record.partyName ? { name: record.partyName, abbreviation: record.partyAbbreviation ?? record.partyName, colour: record.partyColour } : null,
    },
    department: { name: record.departmentName, shortName: record.departmentShortName, slug: record.departmentSlug },
  };
}

export function toListRow(record: QuestionRecord, today: Date, raw: RawSnippets | null, searching: boolean): QuestionListRow {
  return {
    ...toQuestionRow(rowFields(record), today),
    match: searching
      ? {
          heading: raw?.heading ? toSegments(raw.heading) : null,
          question: raw?.question ? toSegments(raw.question) : null,
          answer: raw?.answer ? toSegments(raw.answer) : null,
        }
      : null,
  };
}
