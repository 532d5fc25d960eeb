'use client';

import Link from 'next/link';
import { DemoBadge, PartyTag, StatusBadge, UnreportedValue } from '@/components/badges/badges';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { DataTable } from '@/components/data-table/data-table';
import { CalendarDate } from '@/components/lists/calendar-date';
import { formatDays } from '@/lib/dates';
import { Marked, MatchSnippets } from '@/components/question-search/match-snippets';
import { QUESTION_TABLE } from '@/lib/validation/questions';
import type { TableUrlConfig, TableUrlState } from '@/lib/validation/table-state';
import type { QuestionRow as ListedQuestion } from '@/server/question-rows';
import type { QuestionMatch } from '@/server/search/question-search';
import { HOUSE_SHORT_LABELS } from '@/lib/labels';

/** A listed question, with where the search words matched when the list is a search. */
type QuestionRow = ListedQuestion & { match?: QuestionMatch | null };


const col = createDataTableColumnHelper<QuestionRow>();

// Column ids are the server's sort keys (lib/validation/questions.ts).
const columns = col.columns([
  col.accessor('dateTabled', {
    header: 'Tabled',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Date tabled', className: 'nowrap' },
    cell: ({ row }) => <CalendarDate date={row.original.dateTabled} unreported={row.original.unreportedFields.includes('dateTabled')} short />,
  }),
  col.accessor('uin', {
    header: 'UIN',
    enableSorting: true,
    meta: { label: 'UIN', className: 'nowrap' },
    cell: ({ row }) => {
      const uin = <span className="mono">{row.original.uin}</span>;
      return (
        <>
          {row.original.unreportedFields.includes('uin') ? <UnreportedValue placeholder={uin} /> : uin}
          <span className="cell-note">{HOUSE_SHORT_LABELS[row.original.house]}</span>
        </>
      );
    },
  }),
  col.accessor('heading', {
    header: 'Question',
    enableHiding: false,
    meta: { label: 'Question', rowHeader: true, className: 'data-table__main' },
    cell: ({ row }) => {
      const q = row.original;
      return (
        <>
          <Link href={q.href}>{q.match?.heading ? <Marked segments={q.match.heading} /> : q.heading}</Link>
          {q.unreportedFields.includes('heading') ? (
            <>
              {' '}
              <span className="badge badge--unreported">Paraphrase, not the real heading</span>
            </>
          ) : null}
          {q.isDemo ? (
            <>
              {' '}
              <DemoBadge />
            </>
          ) : null}
          {q.match ? <MatchSnippets match={q.match} /> : null}
        </>
      );
    },
  }),
  col.accessor((row) => row.member.name, {
    id: 'member',
    header: 'Asked by',
    enableSorting: true,
    meta: { label: 'Asking member' },
    cell: ({ row }) => {
      const { member } = row.original;
      return (
        <span className="member-cell">
          <Link href={member.href}>{member.name}</Link>
          {member.party ? (
            <>
              {' '}
              <PartyTag party={member.party} />
            </>
          ) : null}
        </span>
      );
    },
  }),
  col.accessor((row) => row.department.name, {
    id: 'department',
    header: 'Department',
    enableSorting: true,
    meta: { label: 'Department' },
    cell: ({ row }) => <Link href={row.original.department.href}>{row.original.department.name}</Link>,
  }),
  col.accessor('status', {
    header: 'Status',
    enableSorting: true,
    meta: { label: 'Status', className: 'nowrap' },
    cell: ({ row }) => (
      <>
        <StatusBadge status={row.original.status} />
        {row.original.daysOverdue !== null ? <span className="cell-note">{formatDays(row.original.daysOverdue)} late</span> : null}
      </>
    ),
  }),
  col.accessor('dateDue', {
    header: 'Due',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Date due', className: 'nowrap' },
    cell: ({ row }) => (
      <>
        <CalendarDate date={row.original.dateDue} unreported={row.original.unreportedFields.includes('dateDue')} short />
        {row.original.isNamedDay ? <span className="cell-note">Named day</span> : null}
      </>
    ),
  }),
  col.accessor('dateAnswered', {
    header: 'Answered',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Date answered', className: 'nowrap' },
    cell: ({ row }) =>
      row.original.dateAnswered ? (
        <CalendarDate date={row.original.dateAnswered} unreported={row.original.unreportedFields.includes('dateAnswered')} short />
      ) : (
        <span className="muted">Not yet</span>
      ),
  }),
  col.accessor('daysToAnswer', {
    header: 'Days to answer',
    enableSorting: true,
    sortDescFirst: true,
    meta: { label: 'Days to answer', className: 'num' },
    cell: ({ row }) => {
      const days = row.original.daysToAnswer;
      if (days === null) return <span className="muted">–</span>;
      const unreported = ['dateTabled', 'dateAnswered'].some((field) => row.original.unreportedFields.includes(field));
      return unreported ? <UnreportedValue what="From placeholder dates" placeholder={days} /> : days;
    },
  }),
]);

const getRowId = (row: QuestionRow) => String(row.id);

interface QuestionsTableProps<K extends string> {
  rows: QuestionRow[];
  total: number;
  state: TableUrlState<K>;
  /** The URL config; a search adds a relevance order (lib/validation/question-query.ts). */
  config?: TableUrlConfig<K>;
  emptyMessage?: React.ReactNode;
}

/** The /questions table: one server-sorted page of questions, with search matches highlighted. */
export function QuestionsTable<K extends string>({ rows, total, state, config, emptyMessage }: QuestionsTableProps<K>) {
  return (
    <DataTable
      config={config ?? (QUESTION_TABLE as unknown as TableUrlConfig<K>)}
      state={state}
      columns={columns}
      rows={rows}
      rowCount={total}
      getRowId={getRowId}
      caption="Written questions"
      emptyMessage={emptyMessage ?? 'No questions have been recorded yet.'}
    />
  );
}
