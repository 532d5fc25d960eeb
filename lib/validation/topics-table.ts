/** The /topics list's URL: the shared data table's state and the name filter. */
import { z } from './zod';
import { searchText } from './lists';
import { parseListView } from './list-view';
import type { RawSearchParams } from './search-params';
import { LIST_PAGE_SIZES, defineTableUrlConfig, type TableUrlState } from './table-state';

export const TOPIC_TABLE = defineTableUrlConfig({
  sortLabels: { name: 'Name', questions: 'Questions', meetings: 'Meetings', coverage: 'Articles', latest: 'Latest activity' },
  defaultSort: 'name',
  defaultDir: 'asc',
  pageSizes: LIST_PAGE_SIZES,
  defaultSize: 50,
  hideableColumns: ['questions', 'meetings', 'coverage', 'latest'],
  noun: { one: 'topic', other: 'topics' },
});

export type TopicSort = keyof typeof TOPIC_TABLE.sortLabels;
export type TopicTableState = TableUrlState<TopicSort>;

export const topicFilterSchema = z.object({
  /** Part of the topic's name. */
  q: searchText.optional(),
});
export type TopicFilters = z.output<typeof topicFilterSchema>;

export function parseTopicListParams(raw: RawSearchParams) {
  return parseListView(TOPIC_TABLE, topicFilterSchema, raw);
}
