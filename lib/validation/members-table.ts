/** The /members list's URL: the shared data table's state and the member filters. */
import { z } from './zod';
import { searchText } from './lists';
import { parseListView } from './list-view';
import type { RawSearchParams } from './search-params';
import { slugParam } from './search-params';
import { LIST_PAGE_SIZES, defineTableUrlConfig, type TableUrlState } from './table-state';

export const MEMBER_TABLE = defineTableUrlConfig({
  sortLabels: {
    name: 'Name',
    party: 'Party',
    house: 'House',
    constituency: 'Constituency',
    questions: 'Questions asked',
    answers: 'Answers given',
    latest: 'Latest question',
  },
  defaultSort: 'name',
  defaultDir: 'asc',
  pageSizes: LIST_PAGE_SIZES,
  defaultSize: 50,
  hideableColumns: ['party', 'house', 'constituency', 'posts', 'questions', 'answers', 'latest'],
  noun: { one: 'member', other: 'members' },
});

export type MemberSort = keyof typeof MEMBER_TABLE.sortLabels;
export type MemberTableState = TableUrlState<MemberSort>;

export const memberFilterSchema = z.object({
  /** Part of a name or a seat. */
  q: searchText.optional(),
  house: z.enum(['commons', 'lords'], { message: 'House must be commons or lords.' }).optional(),
  /** A party's address: its name in lower case with hyphens (liberal-democrat), as on /questions. */
  party: slugParam.optional(),
  /** Only members holding a government post today. */
  minister: z.enum(['yes'], { message: 'Use minister=yes to show current ministers only.' }).optional(),
});
export type MemberFilters = z.output<typeof memberFilterSchema>;

/** Parses /members' `searchParams`; bad values fall back to defaults and are listed in `problems`. */
export function parseMemberListParams(raw: RawSearchParams) {
  return parseListView(MEMBER_TABLE, memberFilterSchema, raw);
}
