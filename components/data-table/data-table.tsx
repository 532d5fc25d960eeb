'use client';

import { functionalUpdate, useTable, type ColumnVisibilityState, type PaginationState, type RowData, type SortingState } from '@tanstack/react-table';
import Link from 'next/link';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { TableUrlConfig, TableUrlState } from '@/lib/validation/table-state';
import { ColumnToggle } from './column-toggle';
import { dataTableFeatures, type DataTableColumns } from './features';
import { Pagination } from './pagination';
import { SortHeader } from './sort-header';
import { restorePendingFocus, useTableUrl } from './use-table-url';
import { formatCount, rangeSummary } from './summary';

// Only columns that opt in are sortable: a sort button the server cannot honour would mislead.
const defaultColumn = { enableSorting: false } as const;

export interface DataTableProps<Row extends RowData, K extends string> {
  /** The table's URL config (lib/validation/<entity>.ts): sort keys, defaults, page sizes. */
  config: TableUrlConfig<K>;
  /** The state the server parsed from the URL and used for `rows`. */
  state: TableUrlState<K>;
  /** Module-scope columns from `createDataTableColumnHelper<Row>()`; column ids are sort keys. */
  columns: DataTableColumns<Row>;
  /** One page of rows, already sorted and sliced by the server. */
  rows: Row[];
  /** Rows on every page. */
  rowCount: number;
  getRowId: (row: Row) => string;
  /** Names the table for everyone (rendered as its caption). */
  caption: string;
  /** Shown when nothing matches at all. */
  emptyMessage: ReactNode;
}

/**
 * A server-driven table: the URL holds sort, direction, page, page size and hidden columns; the server
 * sorts and slices; this component renders the page, accessible sort buttons, pagination, page sizes
 * and a column chooser, and navigates (with history) when any of them changes.
 */
export function DataTable<Row extends RowData, K extends string>(props: DataTableProps<Row, K>) {
  const { config, state, columns, rows, rowCount, getRowId, caption, emptyMessage } = props;
  const { view, isPending, hrefFor, navigate } = useTableUrl(config, state);
  const rootRef = useRef<HTMLDivElement>(null);

  const sorting = useMemo<SortingState>(() => [{ id: view.sort, desc: view.dir === 'desc' }], [view.sort, view.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: view.page - 1, pageSize: view.size }), [view.page, view.size]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(view.hidden.map((id) => [id, false])),
    [view.hidden],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    defaultColumn,
    state: { sorting, pagination, columnVisibility },
    manualSorting: true,
    manualPagination: true,
    rowCount,
    enableMultiSort: false,
    enableSortingRemoval: false,
    autoResetPageIndex: false,
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      if (!first) return;
      navigate({ sort: first.id as K, dir: first.desc ? 'desc' : 'asc' }, { focusKey: `sort:${first.id}` });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) navigate({ size: next.pageSize }, { focusKey: 'size' });
      else navigate({ page: next.pageIndex + 1 });
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      const hidden = Object.keys(next).filter((id) => next[id] === false);
      const changed = [...hidden, ...view.hidden].find((id) => hidden.includes(id) !== view.hidden.includes(id));
      navigate({ hidden }, { history: 'replace', focusKey: changed ? `col:${changed}` : undefined });
    },
  });

  // After a navigation this table started, put focus back on the control that started it (the page
  // may have been remounted) and tell screen reader users what changed.
  const stateKey = `${state.sort}|${state.dir}|${state.page}|${state.size}|${state.hidden.join(',')}`;
  const announceRef = useRef<HTMLParagraphElement>(null);
  const summary = rangeSummary(state.page, state.size, rows.length, rowCount, config.noun);
  useEffect(() => {
    const key = restorePendingFocus(rootRef.current);
    if (key === null) return;
    if (announceRef.current) announceRef.current.textContent = summary;
    // A new page starts at its first row: bring the top of the table into view if it scrolled away.
    if (key.startsWith('page:') && rootRef.current && rootRef.current.getBoundingClientRect().top < 0) {
      rootRef.current.scrollIntoView({ block: 'start' });
    }
  }, [stateKey, summary]);

  const pageCount = Math.max(1, table.getPageCount());
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const pastEnd = rows.length === 0 && rowCount > 0;

  return (
    <div ref={rootRef} className="data-table" aria-busy={isPending}>
      <div className="data-table__toolbar">
        <p className="data-table__summary" tabIndex={-1} data-focus-fallback>
          {pastEnd ? `${formatCount(rowCount, config.noun)} in all` : summary}
          {isPending ? <span className="data-table__pending"> Loading…</span> : null}
        </p>
        <ColumnToggle table={table} />
      </div>
      <p ref={announceRef} className="visually-hidden" role="status" aria-live="polite" />
      <div className="table-wrap data-table__scroller" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways)`}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header} table={table} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const Cell = meta?.rowHeader ? 'th' : 'td';
                  return (
                    <Cell key={cell.id} scope={meta?.rowHeader ? 'row' : undefined} className={meta?.className}>
                      <table.FlexRender cell={cell} />
                    </Cell>
                  );
                })}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumnCount} className="data-table__empty">
                  {pastEnd ? (
                    <>
                      There is no page {state.page.toLocaleString('en-GB')}: the {config.noun.other} fill{' '}
                      {pageCount.toLocaleString('en-GB')} {pageCount === 1 ? 'page' : 'pages'} at this page size.{' '}
                      <Link href={hrefFor({ page: 1 })}>Go to page 1</Link>
                    </>
                  ) : (
                    emptyMessage
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pagination table={table} config={config} hrefFor={hrefFor} navigate={navigate} />
    </div>
  );
}
