/** The /meetings table's URL state (sort, direction, page, size, hidden columns): the shared data table's config. */
import { LIST_PAGE_SIZES, defineTableUrlConfig, parseTableUrlState, type SearchParamsInput, type TableUrlState } from './table-state';
import type { MeetingSort } from './lists';

export const MEETING_TABLE = defineTableUrlConfig<MeetingSort>({
  sortLabels: { date: 'Date', title: 'Title', citations: 'Answers citing it' },
  defaultSort: 'date',
  defaultDir: 'desc',
  pageSizes: LIST_PAGE_SIZES,
  defaultSize: 25,
  hideableColumns: ['date', 'kind', 'place', 'participants', 'citations'],
  noun: { one: 'meeting', other: 'meetings' },
});

export type MeetingTableState = TableUrlState<MeetingSort>;

export function parseMeetingTableParams(input: SearchParamsInput) {
  return parseTableUrlState(MEETING_TABLE, input);
}
