import Link from 'next/link';
import type { ActiveFilter } from '@/lib/search/view-url';

/** The search and filters in force, each removable with one click, and a link clearing them all. */
export function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (filters.length === 0) return null;
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul className="active-filters__list">
        {filters.map((filter) => (
          <li key={`${filter.label}:${filter.value}`}>
            <Link className="chip" href={filter.href} scroll={false}>
              <span className="visually-hidden">Remove filter </span>
              {filter.label}: {filter.value}
              <span className="chip__x" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 ? (
        <Link className="active-filters__clear" href={clearHref} scroll={false}>
          Clear all
        </Link>
      ) : null}
    </div>
  );
}
