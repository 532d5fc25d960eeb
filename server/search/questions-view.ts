import 'server-only';
import { hasTextSearch, parseSearchQuery } from '@/lib/search/parse-query';
import { activeFilters, clearedHref, type ActiveFilter } from '@/lib/search/view-url';
import { firstParam, parseTableUrlState, TABLE_PARAM_NAMES, type TableUrlConfig, type TableUrlState } from '@/lib/validation/table-state';
import { parseQuestionQuery, questionTableConfig, type QuestionQuery, type RawSearchParams, type SortKey } from '@/lib/validation/question-query';
import { searchQuestions, type QuestionSearchDeps, type QuestionSearchResult } from './question-search';

export interface QuestionsViewData {
  query: QuestionQuery;
  config: TableUrlConfig<SortKey>;
  state: TableUrlState<SortKey>;
  result: QuestionSearchResult;
  chips: ActiveFilter[];
  clearHref: string;
}

/**
 * A view that cannot be shown: 400 with what is wrong with its address (`problems`, and `withoutHref`,
 * the same address without the table parameters that could not be used, when only those were wrong);
 * or 503 when its search was stopped at its deadline.
 */
export interface QuestionsViewRefusal {
  ok: false;
  status: 400 | 503;
  problems: string[];
  withoutHref?: string;
}

export type QuestionsView = { ok: true; view: QuestionsViewData } | QuestionsViewRefusal;

type RawParams = Record<string, string | string[] | undefined>;

function addressWithout(raw: RawParams, drop: readonly string[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (drop.includes(key)) continue;
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  const search = params.toString();
  return search ? `/questions?${search}` : '/questions';
}

/**
 * Everything /questions shows for an address. The whole address is checked before any search work:
 * the table state (sort, page, size, hidden columns) and the filters, both cheap to read. A bad value
 * is a 400 page saying what is wrong and doing nothing else: an invalid address is never cached, so
 * if it still searched, any costly search with `&hide=zz` appended would bypass the page cache.
 * Then the search text is parsed (its caps) and the search runs, by its deadline.
 */
export async function loadQuestionsView(raw: RawParams, deps: QuestionSearchDeps): Promise<QuestionsView> {
  const text = firstParam(raw, 'q') ?? '';
  const parsedText = parseSearchQuery(text);
  const config = questionTableConfig(parsedText.ok && hasTextSearch(parsedText.query));
  const { state, invalid, refusals } = parseTableUrlState(config, raw);

  const filtersOnly: RawSearchParams = Object.fromEntries(Object.entries(raw).filter(([key]) => !(TABLE_PARAM_NAMES as readonly string[]).includes(key)));
  const parsed = parseQuestionQuery(filtersOnly);
  if (!parsed.ok) return { ok: false, status: 400, problems: [...refusals, parsed.message] };
  if (refusals.length > 0) return { ok: false, status: 400, problems: refusals, withoutHref: addressWithout(raw, invalid) };
  const query: QuestionQuery = { ...parsed.query, sort: state.sort, dir: state.dir, page: state.page, size: state.size as QuestionQuery['size'], hide: state.hidden.join(',') || undefined };

  const outcome = await searchQuestions(query, deps);
  if (!outcome.ok) return { ok: false, status: outcome.status, problems: [outcome.message] };
  const { result } = outcome;
  return {
    ok: true,
    view: {
      query,
      config,
      state: { ...state, sort: result.sort, dir: result.dir },
      result,
      chips: activeFilters(query, result.names),
      clearHref: clearedHref(query),
    },
  };
}
