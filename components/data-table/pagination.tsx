'use client';

import Link from 'next/link';
import type { ReactTable, RowData } from '@tanstack/react-table';
import type { TableStateChange } from '@/lib/table-url';
import type { TableUrlConfig } from '@/lib/validation/table-state';
import type { DataTableFeatures } from './features';
import { formatNumber } from './summary';
import type { TableNavigateOptions } from './use-table-url';

interface PaginationProps<Row extends RowData, K extends string> {
  table: ReactTable<DataTableFeatures, Row>;
  config: TableUrlConfig<K>;
  hrefFor: (change: TableStateChange<K>) => string;
  navigate: (change: TableStateChange<K>, options?: TableNavigateOptions) => void;
}

/**
 * First/previous/next/last as real links (they open in a new tab and work before the script loads),
 * "Page 3 of 120", and the page size.
 */
export function Pagination<Row extends RowData, K extends string>({ table, config, hrefFor, navigate }: PaginationProps<Row, K>) {
  const { pageIndex, pageSize } = table.state.pagination;
  const page = pageIndex + 1;
  const pageCount = Math.max(1, table.getPageCount());
  const links = [
    { key: 'first', label: 'First page', icon: '«', target: 1, enabled: page > 1 },
    { key: 'previous', label: 'Previous page', icon: '‹', target: Math.min(page - 1, pageCount), enabled: table.getCanPreviousPage() },
    { key: 'next', label: 'Next page', icon: '›', target: page + 1, enabled: table.getCanNextPage() },
    { key: 'last', label: 'Last page', icon: '»', target: pageCount, enabled: page !== pageCount },
  ];

  return (
    <div className="data-table__footer">
      <nav aria-label="Pagination" className="data-table__pagination">
        <ul>
          {links.slice(0, 2).map((link) => (
            <li key={link.key}>
              <PageLink kind={link.key} label={link.label} icon={link.icon} enabled={link.enabled} href={hrefFor({ page: link.target })} onNavigate={() => navigate({ page: link.target }, { focusKey: `page:${link.key}` })} />
            </li>
          ))}
          <li className="data-table__page-of">
            Page {formatNumber(page)} of {formatNumber(pageCount)}
          </li>
          {links.slice(2).map((link) => (
            <li key={link.key}>
              <PageLink kind={link.key} label={link.label} icon={link.icon} enabled={link.enabled} href={hrefFor({ page: link.target })} onNavigate={() => navigate({ page: link.target }, { focusKey: `page:${link.key}` })} />
            </li>
          ))}
        </ul>
      </nav>
      <div className="data-table__size">
        <label htmlFor="data-table-size">Rows per page</label>
        <select
          id="data-table-size"
          data-focus-key="size"
          value={pageSize}
          onChange={(event) => table.setPageSize(Number(event.target.value))}
        >
          {config.pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface PageLinkProps {
  kind: string;
  label: string;
  icon: string;
  href: string;
  enabled: boolean;
  onNavigate: () => void;
}

function PageLink({ kind, label, icon, href, enabled, onNavigate }: PageLinkProps) {
  const before = kind === 'first' || kind === 'previous';
  const content = (
    <>
      {before ? <span aria-hidden="true">{icon} </span> : null}
      {label}
      {before ? null : <span aria-hidden="true"> {icon}</span>}
    </>
  );
  if (!enabled) {
    return (
      <span className="data-table__page-link is-disabled" aria-disabled="true">
        {content}
      </span>
    );
  }
  return (
    <Link
      className="data-table__page-link"
      href={href}
      data-focus-key={`page:${kind}`}
      onNavigate={(event) => {
        // Navigate through the table so the move is a transition with a pending state; modified
        // clicks (new tab, new window) never reach here and follow the href.
        event.preventDefault();
        onNavigate();
      }}
    >
      {content}
    </Link>
  );
}
