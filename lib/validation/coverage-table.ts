/** The /coverage table's URL state (sort, direction, page, size, hidden columns): the shared data table's config. */
import { LIST_PAGE_SIZES, defineTableUrlConfig, parseTableUrlState, type SearchParamsInput, type TableUrlState } from './table-state';
import type { CoverageSort } from './lists';

export const COVERAGE_TABLE = defineTableUrlConfig<CoverageSort>({
  sortLabels: { published: 'Date published', outlet: 'Outlet', headline: 'Headline' },
  defaultSort: 'published',
  defaultDir: 'desc',
  pageSizes: LIST_PAGE_SIZES,
  defaultSize: 25,
  hideableColumns: ['published', 'outlet', 'questions', 'members'],
  noun: { one: 'article', other: 'articles' },
});

export type CoverageTableState = TableUrlState<CoverageSort>;

export function parseCoverageTableParams(input: SearchParamsInput) {
  return parseTableUrlState(COVERAGE_TABLE, input);
}
