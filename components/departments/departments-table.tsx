'use client';

import Link from 'next/link';
import { TitleLinkCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { formatCount, formatNumber } from '@/components/data-table/summary';
import { departmentPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import { DEPARTMENT_TABLE, type DepartmentTableState } from '@/lib/validation/departments-table';
import type { DepartmentRow } from '@/server/departments';

const col = createDataTableColumnHelper<DepartmentRow>();

// Column ids are the server's sort keys (lib/validation/departments-table.ts).
const columns = col.columns([
  col.accessor('name', {
    header: 'Department',
    enableSorting: true,
    enableHiding: false,
    meta: { label: 'Name', rowHeader: true, className: 'data-table__main' },
    cell: ({ row }) => <TitleLinkCell href={departmentPath(row.original)} isDemo={row.original.isDemo}>
      {row.original.name}
    </TitleLinkCell>,
  }),
  col.accessor('questions', {
    header: 'Questions',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Questions', className: 'num' },
    cell: ({ row }) => {
      const d = row.original;
      if (d.questions === 0) return 0;
      return (
        <Link href={hrefWith('/questions', { department: d.slug })} aria-label={`${formatCount(d.questions, { one: 'question', other: 'questions' })} to the ${d.name}`}>
          {formatNumber(d.questions)}
        </Link>
      );
    },
  }),
  col.accessor('awaiting', {
    header: 'Awaiting, not yet due',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Awaiting', className: 'num' },
    cell: ({ getValue }) => formatNumber(getValue()),
  }),
  col.accessor('overdue', {
    header: 'Overdue today',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Overdue today', className: 'num' },
    cell: ({ row }) => {
      const d = row.original;
      if (d.overdue === 0) return 0;
      return (
        <Link href={`${departmentPath(d)}#overdue`} aria-label={`${formatCount(d.overdue, { one: 'overdue question', other: 'overdue questions' })} to the ${d.name}`}>
          {formatNumber(d.overdue)}
        </Link>
      );
    },
  }),
]);

const getRowId = (row: DepartmentRow) => String(row.id);

/** Departments as the shared server-driven table: sort, page, size and columns live in the URL. */
export function DepartmentsTable({ rows, total, state, emptyMessage }: { rows: DepartmentRow[]; total: number; state: DepartmentTableState; emptyMessage: string }) {
  return <DataTable config={DEPARTMENT_TABLE} state={state} columns={columns} rows={rows} rowCount={total} getRowId={getRowId} caption="Departments" emptyMessage={emptyMessage} />;
}
