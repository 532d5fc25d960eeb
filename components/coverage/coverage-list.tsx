import type { ReactNode } from 'react';
import { TableProblems } from '@/components/data-table/table-problems';
import { DateFilter, ListFilters, SelectFilter, TextFilter, type ActiveFilter } from '@/components/lists/list-filters';
import { scopeFilters, type ScopeLabel } from '@/components/lists/scope-note';
import { formatDate, toIsoDate } from '@/lib/dates';
import { listViewParams } from '@/lib/table-url';
import type { CoverageFilters } from '@/lib/validation/lists';
import { COVERAGE_TABLE, type CoverageTableState } from '@/lib/validation/coverage-table';
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
  /** Controls for editors under the heading ("New coverage"); readers get none. */
  actions?: ReactNode;
}

const FIELDS = ['q', 'outlet', 'from', 'to'] as const;

/** /coverage: filters over the shared table (the URL holds everything), each active one removable. */
export function CoverageListView({ rows, total, state, filters, outlets, scope, problems, actions }: CoverageListProps) {
  const from = filters.from ? toIsoDate(filters.from) : undefined;
  const to = filters.to ? toIsoDate(filters.to) : undefined;
  const params = listViewParams(COVERAGE_TABLE, state, { q: filters.q, outlet: filters.outlet, from, to, ...Object.fromEntries(scope.map((s) => [s.key, s.slug])) });
  const active: ActiveFilter[] = scopeFilters(scope);
  if (filters.q) active.push({ param: 'q', label: 'Search', value: `“${filters.q}”` });
  if (filters.outlet) active.push({ param: 'outlet', label: 'Outlet', value: filters.outlet });
  if (filters.from) active.push({ param: 'from', label: 'Published from', value: formatDate(filters.from) });
  if (filters.to) active.push({ param: 'to', label: 'Published to', value: formatDate(filters.to) });
  // An outlet typed into the address that has no articles still shows as chosen.
  const outletOptions = [...new Set([...outlets, ...(filters.outlet ? [filters.outlet] : [])])].map((outlet) => ({ value: outlet, label: outlet }));
  return (
    <>
      <h1>Coverage</h1>
      {actions}
      <p>News articles about written questions and answers. Each article’s page lists the questions it covers and the members it mentions.</p>
      <TableProblems problems={problems} />
      <ListFilters
        path="/coverage"
        label="Filter coverage"
        params={params}
        fields={FIELDS}
        active={active}
        matched={{ total, noun: COVERAGE_TABLE.noun }}
        submitLabel="Show articles"
      >
        <TextFilter id="coverage-q" name="q" label="Search" value={filters.q} hint="Headline, summary, outlet or author" />
        <SelectFilter id="coverage-outlet" name="outlet" label="Outlet" value={filters.outlet} anyLabel="Any outlet" options={outletOptions} />
        <DateFilter id="coverage-from" name="from" label="Published from" value={from} />
        <DateFilter id="coverage-to" name="to" label="Published to" value={to} />
      </ListFilters>
      <CoverageTable rows={rows} total={total} state={state} emptyMessage={active.length > 0 ? 'No articles match these filters.' : 'No coverage is recorded yet.'} />
    </>
  );
}
