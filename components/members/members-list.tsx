import { TableProblems } from '@/components/data-table/table-problems';
import { CheckboxFilter, ListFilters, SelectFilter, TextFilter, type ActiveFilter } from '@/components/lists/list-filters';
import { listViewParams } from '@/lib/table-url';
import { MEMBER_TABLE, type MemberFilters, type MemberTableState } from '@/lib/validation/members-table';
import type { MemberListRow, PartyOption } from '@/server/member-list';
import { MembersTable } from './members-table';
import { HOUSE_SHORT_LABELS } from '@/lib/labels';

export interface MembersListProps {
  rows: MemberListRow[];
  total: number;
  state: MemberTableState;
  /** The filters in force (an unknown party already dropped, with a problem saying so). */
  filters: Partial<MemberFilters>;
  parties: PartyOption[];
  problems: string[];
}

const HOUSE_OPTIONS = [
  { value: 'commons', label: HOUSE_SHORT_LABELS.COMMONS },
  { value: 'lords', label: HOUSE_SHORT_LABELS.LORDS },
] as const;
const FIELDS = ['q', 'house', 'party', 'minister'] as const;

/** /members: filters over the shared table; the whole view (filters, sort, page, columns) lives in the URL. */
export function MembersList({ rows, total, state, filters, parties, problems }: MembersListProps) {
  const params = listViewParams(MEMBER_TABLE, state, { q: filters.q, house: filters.house, party: filters.party, minister: filters.minister });
  const partyName = parties.find((p) => p.slug === filters.party)?.name;
  const active: ActiveFilter[] = [];
  if (filters.q) active.push({ param: 'q', label: 'Name or constituency', value: `“${filters.q}”` });
  if (filters.house) active.push({ param: 'house', label: 'House', value: HOUSE_SHORT_LABELS[filters.house === 'lords' ? 'LORDS' : 'COMMONS'] });
  if (filters.party && partyName) active.push({ param: 'party', label: 'Party', value: partyName });
  if (filters.minister) active.push({ param: 'minister', label: 'Posts', value: 'current ministers only' });
  return (
    <>
      <h1>Members</h1>
      <p>
        Members of both Houses who have asked or answered written questions, attended meetings or been mentioned in coverage. “Current ministers” are members
        holding a government post today.
      </p>
      <TableProblems problems={problems} />
      <ListFilters
        path="/members"
        label="Filter members"
        params={params}
        fields={FIELDS}
        active={active}
        matched={{ total, noun: MEMBER_TABLE.noun }}
        submitLabel="Show members"
      >
        <TextFilter id="members-q" name="q" label="Name or constituency" value={filters.q} />
        <SelectFilter id="members-house" name="house" label="House" value={filters.house} anyLabel="Both Houses" options={HOUSE_OPTIONS} />
        <SelectFilter id="members-party" name="party" label="Party" value={filters.party} anyLabel="Any party" options={parties.map((p) => ({ value: p.slug, label: p.name }))} />
        <CheckboxFilter id="members-minister" name="minister" label="Current ministers only" checked={filters.minister === 'yes'} />
      </ListFilters>
      <MembersTable rows={rows} total={total} state={state} emptyMessage={active.length > 0 ? 'No members match these filters.' : 'No members are recorded yet.'} />
    </>
  );
}
