import Link from 'next/link';
import { TableProblems } from '@/components/data-table/table-problems';
import { HiddenParams, ScopeNote, type ScopeLabel } from '@/components/lists/scope-note';
import { toIsoDate } from '@/lib/dates';
import type { MeetingFilters } from '@/lib/validation/lists';
import type { MeetingTableState } from '@/lib/validation/meetings-table';
import type { MeetingRow } from '@/server/meetings';
import { MeetingsTable } from './meetings-table';

export interface MeetingsListProps {
  rows: MeetingRow[];
  total: number;
  state: MeetingTableState;
  filters: MeetingFilters;
  scope: ScopeLabel[];
  problems: string[];
}

/** /meetings: search and filters as a GET form over the shared table (the URL holds everything). */
export function MeetingsList({ rows, total, state, filters, scope, problems }: MeetingsListProps) {
  const scopeParams = Object.fromEntries(scope.map((s) => [s.key, s.slug]));
  const tableParams = { sort: state.sort, dir: state.dir, size: state.size, hide: state.hidden.join(',') || undefined };
  const filterParams = { q: filters.q, kind: filters.kind, from: filters.from ? toIsoDate(filters.from) : undefined, to: filters.to ? toIsoDate(filters.to) : undefined };
  const filtered = Boolean(filters.q || filters.kind || filters.from || filters.to || scope.length);
  return (
    <>
      <h1>Meetings</h1>
      <p>Ministers’ meetings: those answers cite, and those in the government’s transparency releases. Each meeting’s page lists who took part and the answers that cite it.</p>
      <TableProblems problems={problems} />
      <ScopeNote labels={scope} path="/meetings" params={{ ...filterParams, ...scopeParams }} />
      <form className="filters" action="/meetings" method="get" role="search" aria-label="Filter meetings">
        <HiddenParams params={{ ...scopeParams, ...tableParams }} />
        <div className="filters__field">
          <label htmlFor="meetings-q">Search</label>
          <input id="meetings-q" name="q" type="search" defaultValue={filters.q ?? ''} maxLength={200} aria-describedby="meetings-q-hint" />
          <span id="meetings-q-hint" className="muted">Title, place, participant or country</span>
        </div>
        <div className="filters__field">
          <label htmlFor="meetings-kind">Kind</label>
          <select id="meetings-kind" name="kind" defaultValue={filters.kind ?? ''}>
            <option value="">Any kind</option>
            <option value="BILATERAL">Bilateral</option>
            <option value="MULTILATERAL">Multilateral</option>
            <option value="OTHER">Other</option>
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="meetings-from">From</label>
          <input id="meetings-from" name="from" type="date" defaultValue={filterParams.from ?? ''} />
        </div>
        <div className="filters__field">
          <label htmlFor="meetings-to">To</label>
          <input id="meetings-to" name="to" type="date" defaultValue={filterParams.to ?? ''} />
        </div>
        <div className="filters__actions">
          <button type="submit">Show meetings</button>
          {filtered ? <Link href="/meetings">Clear filters</Link> : null}
        </div>
      </form>
      <MeetingsTable rows={rows} total={total} state={state} emptyMessage={filtered ? 'No meetings match these filters.' : 'No meetings are recorded yet.'} />
    </>
  );
}
