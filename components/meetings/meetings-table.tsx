'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { UnreportedValue } from '@/components/badges/badges';
import { none, TitleLinkCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import { MeetingDate } from '@/components/lists/meeting-date';
import { MEETING_KIND_LABELS } from '@/lib/labels';
import { MEETING_TABLE, type MeetingTableState } from '@/lib/validation/meetings-table';
import type { MeetingRow } from '@/server/meetings';

const col = createDataTableColumnHelper<MeetingRow>();

// Column ids are the server's sort keys (lib/validation/meetings-table.ts) where sortable.
const columns = col.columns([
  col.accessor('date', {
    header: 'Date',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Date', className: 'nowrap' },
    cell: ({ row }) => (
      <>
        <MeetingDate meeting={{ date: row.original.date, precision: row.original.datePrecision, endDate: row.original.endDate }} unreported={row.original.dateUnreported} short />
      </>
    ),
  }),
  col.accessor('title', {
    header: 'Meeting',
    enableSorting: true,
    enableHiding: false,
    meta: { label: 'Meeting', rowHeader: true },
    cell: ({ row }) => <TitleLinkCell href={row.original.href} isDemo={row.original.isDemo}>
      {row.original.title}
    </TitleLinkCell>,
  }),
  col.accessor('kind', { header: 'Kind', meta: { label: 'Kind' }, cell: ({ getValue }) => MEETING_KIND_LABELS[getValue()] }),
  col.accessor('place', {
    header: 'Place',
    meta: { label: 'Place' },
    cell: ({ row }) =>
      row.original.place ?? (row.original.placeUnreported ? <UnreportedValue /> : none),
  }),
  col.accessor('participants', { header: 'Participants', meta: { label: 'Participants' }, cell: ({ getValue }) => getValue() || none }),
  col.accessor('citedBy', {
    id: 'citations',
    header: 'Answers citing it',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Answers citing it', className: 'num' },
  }),
]);

const getRowId = (row: MeetingRow) => String(row.id);

/** Meetings as the shared server-driven table: sort, page, size and columns live in the URL. */
export function MeetingsTable({ rows, total, state, emptyMessage }: { rows: MeetingRow[]; total: number; state: MeetingTableState; emptyMessage: string }) {
  return (
    <DataTable
      config={MEETING_TABLE}
      state={state}
      columns={columns}
      rows={rows}
      rowCount={total}
      getRowId={getRowId}
      caption="Ministers’ meetings"
      emptyMessage={emptyMessage}
    />
  );
}
