import Link from 'next/link';
import { TableProblems } from '@/components/data-table/table-problems';
import { ListFilters, TextFilter, type ActiveFilter } from '@/components/lists/list-filters';
import { listViewParams } from '@/lib/table-url';
import { DEPARTMENT_TABLE, type DepartmentFilters, type DepartmentTableState } from '@/lib/validation/departments-table';
import type { DepartmentRow } from '@/server/departments';
import { DepartmentsTable } from './departments-table';

export interface DepartmentsListProps {
  rows: DepartmentRow[];
  total: number;
  state: DepartmentTableState;
  filters: Partial<DepartmentFilters>;
  problems: string[];
}

/** /departments: a name filter over the shared table; overdue counts lead to each department's overdue list. */
export function DepartmentsList({ rows, total, state, filters, problems }: DepartmentsListProps) {
  const params = listViewParams(DEPARTMENT_TABLE, state, { q: filters.q });
  const active: ActiveFilter[] = filters.q ? [{ param: 'q', label: 'Name', value: `“${filters.q}”` }] : [];
  return (
    <>
      <h1>Departments</h1>
      <p>
        The government departments and other bodies that answer written questions, with how many questions each has been asked, how many await an answer
        before their due date, and how many are overdue today (all of them on <Link href="/overdue">the overdue dashboard</Link>).
      </p>
      <TableProblems problems={problems} />
      <ListFilters
        path="/departments"
        label="Filter departments"
        params={params}
        fields={['q']}
        active={active}
        matched={{ total, noun: DEPARTMENT_TABLE.noun }}
        submitLabel="Show departments"
      >
        <TextFilter id="departments-q" name="q" label="Department name" value={filters.q} />
      </ListFilters>
      <DepartmentsTable rows={rows} total={total} state={state} emptyMessage={active.length > 0 ? 'No departments match this name.' : 'No departments are recorded yet.'} />
    </>
  );
}
