import type { ReactNode } from 'react';
import { TableProblems } from '@/components/data-table/table-problems';
import { DateFilter, ListFilters, SelectFilter, TextFilter, type ActiveFilter } from '@/components/lists/list-filters';
import { scopeFilters, type ScopeLabel } from '@/components/lists/scope-note';
import { formatDate, toIsoDate } from '@/lib/dates';
import { MEETING_KIND_LABELS, MEETING_KINDS } from '@/lib/labels';
import { listViewParams } from '@/lib/table-url';
import type { MeetingFilters } from '@/lib/validation/lists';
import { MEETING_TABLE, type MeetingTableState } from '@/lib/validation/meetings-table';
import type { MeetingRow } from '@/server/meetings';
import { MeetingsTable } from './meetings-table';

export interface MeetingsListProps {
  rows: MeetingRow[];
  total: number;
  state: MeetingTableState;
  filters: MeetingFilters;
  scope: ScopeLabel[];
  problems: string[];
  /** Controls for editors under the heading ("New meeting"); readers get none. */
  actions?: ReactNode;
}

const KIND_OPTIONS = MEETING_KINDS.map((value) => ({ value, label: MEETING_KIND_LABELS[value] }));
const FIELDS = ['q', 'kind', 'from', 'to'] as const;

/** /meetings: filters over the shared table (the URL holds everything), each active one removable. */
export function MeetingsList({ rows, total, state, filters, scope, problems, actions }: MeetingsListProps) {
  const from = filters.from ? toIsoDate(filters.from) : undefined;
  const to = filters.to ? toIsoDate(filters.to) : undefined;
  const params = listViewParams(MEETING_TABLE, state, { q: filters.q, kind: filters.kind, from, to, ...Object.fromEntries(scope.map((s) => [s.key, s.slug])) });
  const active: ActiveFilter[] = scopeFilters(scope);
  if (filters.q) active.push({ param: 'q', label: 'Search', value: `“${filters.q}”` });
  if (filters.kind) active.push({ param: 'kind', label: 'Kind', value: MEETING_KIND_LABELS[filters.kind] });
  if (filters.from) active.push({ param: 'from', label: 'From', value: formatDate(filters.from) });
  if (filters.to) active.push({ param: 'to', label: 'To', value: formatDate(filters.to) });
  return (
    <>
      <h1>Meetings</h1>
      {actions}
      <p>Ministers’ meetings: those answers cite, and those in the government’s transparency releases. Each meeting’s page lists who took part and the answers that cite it.</p>
      <TableProblems problems={problems} />
      <ListFilters
        path="/meetings"
        label="Filter meetings"
        params={params}
        fields={FIELDS}
        active={active}
        matched={{ total, noun: MEETING_TABLE.noun }}
        submitLabel="Show meetings"
      >
        <TextFilter id="meetings-q" name="q" label="Search" value={filters.q} hint="Title, place, participant or country" />
        <SelectFilter id="meetings-kind" name="kind" label="Kind" value={filters.kind} anyLabel="Any kind" options={KIND_OPTIONS} />
        <DateFilter id="meetings-from" name="from" label="From" value={from} />
        <DateFilter id="meetings-to" name="to" label="To" value={to} />
      </ListFilters>
      <MeetingsTable rows={rows} total={total} state={state} emptyMessage={active.length > 0 ? 'No meetings match these filters.' : 'No meetings are recorded yet.'} />
    </>
  );
}
