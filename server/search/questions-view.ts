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
  /** Table parameters that were ignored (the data table's lenient reading). */
  problems: string[];
  result: QuestionSearchResult;
  chips: ActiveFilter[];
  clearHref: string;
}

export type QuestionsView = { ok: true; view: QuestionsViewData } | { ok: false; message: string };

/**
 * Everything /questions shows for an address: the table state read as the data table reads it (bad
 * values fall back with a note), the filters and search read strictly (a bad one is explained instead
 * of silently dropped: a table quietly missing a filter would mislead), then one search.
 */
export async function loadQuestionsView(raw: Record<string, string | string[] | undefined>, deps: QuestionSearchDeps): Promise<QuestionsView> {
  const text = firstParam(raw, 'q') ?? '';
  const parsedText = parseSearchQuery(text);
  const config = questionTableConfig(parsedText.ok && hasTextSearch(parsedText.query));
  const { state, problems } = parseTableUrlState(config, raw);

  const filtersOnly: RawSearchParams = Object.fromEntries(Object.entries(raw).filter(([key]) => !(TABLE_PARAM_NAMES as readonly string[]).includes(key)));
  const parsed = parseQuestionQuery(filtersOnly);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const query: QuestionQuery = { ...parsed.query, sort: state.sort, dir: state.dir, page: state.page, size: state.size as QuestionQuery['size'], hide: state.hidden.join(',') || undefined };

  const outcome = await searchQuestions(query, deps);
  if (!outcome.ok) return { ok: false, message: outcome.message };
  const { result } = outcome;
  return {
    ok: true,
    view: {
      query,
      config,
      state: { ...state, sort: result.sort, dir: result.dir },
      problems,
      result,
      chips: activeFilters(query, result.names),
      clearHref: clearedHref(query),
    },
  };
}
