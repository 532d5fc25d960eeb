/**
 * The /questions table's URL state. Filters (house, status, department, member, dates, search text)
 * extend this module later; the sort keys here are the ones server/questions/list.ts implements.
 */
import { LIST_PAGE_SIZES, defineTableUrlConfig, parseTableUrlState, type SearchParamsInput, type TableUrlState } from './table-state';

export const QUESTION_TABLE = defineTableUrlConfig({
  sortLabels: {
    dateTabled: 'Date tabled',
    uin: 'UIN',
    member: 'Asking member',
    department: 'Department',
    status: 'Status',
    dateDue: 'Date due',
    dateAnswered: 'Date answered',
    daysToAnswer: 'Days to answer',
  },
  defaultSort: 'dateTabled',
  defaultDir: 'desc',
  pageSizes: LIST_PAGE_SIZES,
  defaultSize: 50,
  hideableColumns: ['dateTabled', 'uin', 'member', 'department', 'status', 'dateDue', 'dateAnswered', 'daysToAnswer'],
  noun: { one: 'question', other: 'questions' },
});

export type QuestionSortKey = keyof typeof QUESTION_TABLE.sortLabels;
export type QuestionTableState = TableUrlState<QuestionSortKey>;

/** Parses /questions' `searchParams`; bad values fall back to defaults and are listed in `problems`. */
export function parseQuestionTableParams(input: SearchParamsInput) {
  return parseTableUrlState(QUESTION_TABLE, input);
}
