'use client';

import Link from 'next/link';
import { UnreportedValue } from '@/components/badges/badges';
import { none, TitleLinkCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { formatCount, formatNumber } from '@/components/data-table/summary';
import { CalendarDate } from '@/components/lists/calendar-date';
import { hrefWith } from '@/lib/url-params';
import { MEMBER_TABLE, type MemberTableState } from '@/lib/validation/members-table';
import type { MemberListRow } from '@/server/member-list';
import { HOUSE_SHORT_LABELS } from '@/lib/labels';

const col = createDataTableColumnHelper<MemberListRow>();

// Column ids are the server's sort keys (lib/validation/members-table.ts) where sortable. An empty party
// or seat is "not reported" for a real (non-demo) member: the source named them without it.
const columns = col.columns([
  col.accessor('listName', {
    id: 'name',
    header: 'Member',
    enableSorting: true,
    enableHiding: false,
    meta: { label: 'Name', rowHeader: true, className: 'data-table__main' },
    cell: ({ row }) => <TitleLinkCell href={row.original.href} isDemo={row.original.isDemo}>
      {row.original.listName}
    </TitleLinkCell>,
  }),
  col.accessor((row) => row.party?.name ?? null, {
    id: 'party',
    header: 'Party',
    enableSorting: true,
    meta: { label: 'Party' },
    cell: ({ row }) => row.original.party?.name ?? (row.original.isDemo ? none : <UnreportedValue />),
  }),
  col.accessor('house', { header: 'House', enableSorting: true, meta: { label: 'House' }, cell: ({ getValue }) => HOUSE_SHORT_LABELS[getValue()] }),
  col.accessor('constituency', {
    header: 'Constituency',
    enableSorting: true,
    meta: { label: 'Constituency' },
    cell: ({ row }) => row.original.constituency ?? (row.original.house === 'COMMONS' && !row.original.isDemo ? <UnreportedValue /> : none),
  }),
  col.accessor('posts', {
    header: 'Current post',
    meta: { label: 'Current post' },
    cell: ({ getValue }) => {
      const posts = getValue();
      if (posts.length === 0) return none;
      return posts.map((title, i) => (
        <span key={title} className={i > 0 ? 'cell-note' : undefined}>
          {title}
        </span>
      ));
    },
  }),
  col.accessor('questionsAsked', {
    id: 'questions',
    header: 'Questions asked',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Questions asked', className: 'num' },
    cell: ({ row }) => {
      const { questionsAsked: count, slug, displayName } = row.original;
      if (count === 0) return 0;
      return (
        <Link href={hrefWith('/questions', { member: slug })} aria-label={`${formatCount(count, { one: 'question', other: 'questions' })} asked by ${displayName}`}>
          {formatNumber(count)}
        </Link>
      );
    },
  }),
  col.accessor('answersGiven', {
    id: 'answers',
    header: 'Answers given',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Answers given', className: 'num' },
    cell: ({ getValue }) => formatNumber(getValue()),
  }),
  col.accessor((row) => row.latestQuestion?.dateTabled ?? null, {
    id: 'latest',
    header: 'Latest question',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Latest question', className: 'nowrap' },
    cell: ({ row }) => {
      const latest = row.original.latestQuestion;
      if (!latest) return none;
      return (
        <Link href={latest.href}>
          <CalendarDate date={latest.dateTabled} unreported={latest.dateUnreported} short />
        </Link>
      );
    },
  }),
]);

const getRowId = (row: MemberListRow) => String(row.id);

/** Members as the shared server-driven table: sort, page, size and columns live in the URL. */
export function MembersTable({ rows, total, state, emptyMessage }: { rows: MemberListRow[]; total: number; state: MemberTableState; emptyMessage: string }) {
  return <DataTable config={MEMBER_TABLE} state={state} columns={columns} rows={rows} rowCount={total} getRowId={getRowId} caption="Members" emptyMessage={emptyMessage} />;
}
