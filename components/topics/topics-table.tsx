'use client';

import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { DataTable } from '@/components/data-table/data-table';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { formatCount, formatNumber } from '@/components/data-table/summary';
import { CalendarDate } from '@/components/lists/calendar-date';
import { topicPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import { TOPIC_TABLE, type TopicTableState } from '@/lib/validation/topics-table';
import type { TopicActivity, TopicListRow } from '@/server/topics';

const ACTIVITY = { tabled: 'Question tabled', answer: 'Answer', meeting: 'Meeting', coverage: 'Article' } as const satisfies Record<TopicActivity['kind'], string>;
const col = createDataTableColumnHelper<TopicListRow>();

// Each count opens that list narrowed to the topic.
const COUNT_LISTS = {
  questions: { path: '/questions', noun: { one: 'question', other: 'questions' } },
  meetings: { path: '/meetings', noun: { one: 'meeting', other: 'meetings' } },
  coverage: { path: '/coverage', noun: { one: 'article', other: 'articles' } },
} as const;

const count = (id: keyof typeof COUNT_LISTS, header: string) =>
  col.accessor(id, {
    header,
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: header, className: 'num' },
    cell: ({ row, getValue }) => {
      const n = getValue();
      if (n === 0) return 0;
      const list = COUNT_LISTS[id];
      return (
        <Link href={hrefWith(list.path, { topic: row.original.slug })} aria-label={`${formatCount(n, list.noun)} on ${row.original.name}`}>
          {formatNumber(n)}
        </Link>
      );
    },
  });

// Column ids are the server's sort keys (lib/validation/topics-table.ts).
const columns = col.columns([
  col.accessor('name', {
    header: 'Topic',
    enableSorting: true,
    enableHiding: false,
    meta: { label: 'Name', rowHeader: true, className: 'data-table__main' },
    cell: ({ row }) => (
      <>
        <Link href={topicPath(row.original)}>{row.original.name}</Link>
        {row.original.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
        {row.original.description ? <span className="cell-note">{row.original.description}</span> : null}
      </>
    ),
  }),
  count('questions', 'Questions'),
  count('meetings', 'Meetings'),
  count('coverage', 'Articles'),
  col.accessor((row) => row.latest?.date ?? null, {
    id: 'latest',
    header: 'Latest activity',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Latest activity', className: 'nowrap' },
    cell: ({ row }) => {
      const latest = row.original.latest;
      if (!latest) return <span className="muted">–</span>;
      return (
        <>
          <Link href={latest.href}>
            <CalendarDate date={latest.date} unreported={latest.dateUnreported} short />
          </Link>
          <span className="cell-note">{ACTIVITY[latest.kind]}</span>
        </>
      );
    },
  }),
]);

const getRowId = (row: TopicListRow) => String(row.id);

/** Topics as the shared server-driven table: sort, page, size and columns live in the URL. */
export function TopicsTable({ rows, total, state, emptyMessage }: { rows: TopicListRow[]; total: number; state: TopicTableState; emptyMessage: string }) {
  return <DataTable config={TOPIC_TABLE} state={state} columns={columns} rows={rows} rowCount={total} getRowId={getRowId} caption="Topics" emptyMessage={emptyMessage} />;
}
