'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { TitleLinkCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import { CalendarDate } from '@/components/lists/calendar-date';
import { COVERAGE_TABLE, type CoverageTableState } from '@/lib/validation/coverage-table';
import type { CoverageRow } from '@/server/coverage';

const col = createDataTableColumnHelper<CoverageRow>();

// Column ids are the server's sort keys (lib/validation/coverage-table.ts) where sortable.
const columns = col.columns([
  col.accessor('publishedOn', {
    id: 'published',
    header: 'Published',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Date published', className: 'nowrap' },
    cell: ({ row }) => <CalendarDate date={row.original.publishedOn} unreported={row.original.publishedOnUnreported} short />,
  }),
  col.accessor('headline', {
    header: 'Headline',
    enableSorting: true,
    enableHiding: false,
    meta: { label: 'Headline', rowHeader: true },
    cell: ({ row }) => <TitleLinkCell href={row.original.href} isDemo={row.original.isDemo}>
      {row.original.headline}
    </TitleLinkCell>,
  }),
  col.accessor('outlet', { header: 'Outlet', enableSorting: true, meta: { label: 'Outlet' } }),
  col.accessor('questionCount', { id: 'questions', header: 'Questions', meta: { label: 'Questions covered', className: 'num' } }),
  col.accessor('memberCount', { id: 'members', header: 'Members', meta: { label: 'Members mentioned', className: 'num' } }),
]);

const getRowId = (row: CoverageRow) => String(row.id);

/** Articles as the shared server-driven table: sort, page, size and columns live in the URL. */
export function CoverageTable({ rows, total, state, emptyMessage }: { rows: CoverageRow[]; total: number; state: CoverageTableState; emptyMessage: string }) {
  return (
    <DataTable
      config={COVERAGE_TABLE}
      state={state}
      columns={columns}
      rows={rows}
      rowCount={total}
      getRowId={getRowId}
      caption="News coverage"
      emptyMessage={emptyMessage}
    />
  );
}
