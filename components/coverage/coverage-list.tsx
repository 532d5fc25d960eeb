import Link from 'next/link';
import { TableProblems } from '@/components/data-table/table-problems';
import { HiddenParams, ScopeNote, type ScopeLabel } from '@/components/lists/scope-note';
import { toIsoDate } from '@/lib/dates';
import type { CoverageFilters } from '@/lib/validation/lists';
import type { CoverageTableState } from '@/lib/validation/coverage-table';
import type { CoverageRow } from '@/server/coverage';
import { CoverageTable } from './coverage-table';

export interface CoverageListProps {
  rows: CoverageRow[];
  total: number;
  state: CoverageTableState;
  filters: CoverageFilters;
  outlets: string[];
  scope: ScopeLabel[];
  problems: string[];
}

/** /coverage: search and filters as a GET form over the shared table (the URL holds everything). */
export function CoverageListView({ rows, total, state, filters, outlets, scope, problems }: CoverageListProps) {
  const scopeParams = Object.fromEntries(scope.map((s) => [s.key, s.slug]));
  const tableParams = { sort: state.sort, dir: state.dir, size: state.size, hide: state.hidden.join(',') || undefined };
  const filterParams = { q: filters.q, outlet: filters.outlet, from: filters.from ? toIsoDate(filters.from) : undefined, to: filters.to ? toIsoDate(filters.to) : undefined };
  const filtered = Boolean(filters.q || filters.outlet || filters.from || filters.to || scope.length);
  return (
    <>
      <h1>Coverage</h1>
      <p>News articles about written questions and answers. Each article’s page lists the questions it covers and the members it mentions.</p>
      <TableProblems problems={problems} />
      <ScopeNote labels={scope} path="/coverage" params={{ ...filterParams, ...scopeParams }} />
      <form className="filters" action="/coverage" method="get" role="search" aria-label="Filter coverage">
        <HiddenParams params={{ ...scopeParams, ...tableParams }} />
        <div className="filters__field">
          <label htmlFor="coverage-q">Search</label>
          <input id="coverage-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} aria-describedby="coverage-q-hint" />
          <span id="coverage-q-hint" className="muted">Headline, summary, outlet or author</span>
        </div>
        <div className="filters__field">
          <label htmlFor="coverage-outlet">Outlet</label>
          <select id="coverage-outlet" name="outlet" defaultValue={filters.outlet ?? ''}>
            <option value="">Any outlet</option>
            {outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="coverage-from">Published from</label>
          <input id="coverage-from" name="from" type="date" defaultValue={filterParams.from ?? ''} />
        </div>
        <div className="filters__field">
          <label htmlFor="coverage-to">Published to</label>
          <input id="coverage-to" name="to" type="date" defaultValue={filterParams.to ?? ''} />
        </div>
        <div className="filters__actions">
          <button type="submit">Show articles</button>
          {filtered ? <Link href="/coverage">Clear filters</Link> : null}
        </div>
      </form>
      <CoverageTable rows={rows} total={total} state={state} emptyMessage={filtered ? 'No articles match these filters.' : 'No coverage is recorded yet.'} />
    </>
  );
}
