'use client';

import type { Header, RowData } from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';
import type { DataTableFeatures } from './features';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A column header. Sortable columns hold a button (the pattern of the WAI-ARIA sortable table example):
 * the th carries aria-sort for the current order, the button's name says what a press will do.
 */
export function SortHeader<Row extends RowData>({ header, table }: { header: Header<DataTableFeatures, Row, unknown>; table: ReactTable<DataTableFeatures, Row> }) {
  const column = header.column;
  const meta = column.columnDef.meta;
  const sorted = column.getIsSorted();
  if (header.isPlaceholder) return <th scope="col" />;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={meta?.className}>
        <table.FlexRender header={header} />
      </th>
    );
  }
  const nextDir = sorted ? (sorted === 'asc' ? 'desc' : 'asc') : column.getFirstSortDir();
  return (
    <th scope="col" className={meta?.className} aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      <button
        type="button"
        className="data-table__sort"
        data-focus-key={`sort:${column.id}`}
        onClick={() => column.toggleSorting(nextDir === 'desc')}
        title={`Sort by ${meta?.label ?? column.id}, ${nextDir === 'asc' ? 'ascending' : 'descending'}`}
      >
        <table.FlexRender header={header} />
        <span className="data-table__sort-icon" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
