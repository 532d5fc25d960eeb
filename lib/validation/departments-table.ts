/** The /departments list's URL: the shared data table's state and the name filter. */
import { z } from './zod';
import { searchText } from './lists';
import { parseListView } from './list-view';
import type { RawSearchParams } from './search-params';
import { LIST_PAGE_SIZES, defineTableUrlConfig, type TableUrlState } from './table-state';

export const DEPARTMENT_TABLE = defineTableUrlConfig({
  sortLabels: { name: 'Name', questions: 'Questions', awaiting: 'Awaiting', overdue: 'Overdue today' },
  defaultSort: 'name',
  defaultDir: 'asc',
  pageSizes: LIST_PAGE_SIZES,
  defaultSize: 50,
  hideableColumns: ['questions', 'awaiting', 'overdue'],
  noun: { one: 'department', other: 'departments' },
});

export type DepartmentSort = keyof typeof DEPARTMENT_TABLE.sortLabels;
export type DepartmentTableState = TableUrlState<DepartmentSort>;

export const departmentFilterSchema = z.object({
  /** Part of the department's name or short name. */
  q: searchText.optional(),
});
export type DepartmentFilters = z.output<typeof departmentFilterSchema>;

export function parseDepartmentListParams(raw: RawSearchParams) {
  return parseListView(DEPARTMENT_TABLE, departmentFilterSchema, raw);
}
