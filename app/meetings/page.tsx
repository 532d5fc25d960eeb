import type { Metadata } from 'next';
import { NewRecordLink } from '@/components/staff/new-record-link';
import { MeetingsList } from '@/components/meetings/meetings-list';
import { meetingFilterSchema } from '@/lib/validation/lists';
import { parseMeetingTableParams } from '@/lib/validation/meetings-table';
import { parseSearchParams } from '@/lib/validation/search-params';
import { listMeetings } from '@/server/meetings';
import { resolveScope } from '@/server/scope-refs';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = { title: 'Meetings', description: 'Ministers’ meetings, who took part and the answers that cite them.' };

export default async function MeetingsPage(props: PageProps<'/meetings'>) {
  await requireReader();
  const raw = await props.searchParams;
  const table = parseMeetingTableParams(raw);
  const { values: filters, problems } = parseSearchParams(meetingFilterSchema, raw);
  const scope = await resolveScope(filters);
  const { state } = table;
  const { rows, total } = await listMeetings({
    q: filters.q,
    kind: filters.kind,
    from: filters.from,
    to: filters.to,
    ...scope.ids,
    sort: state.sort,
    dir: state.dir,
    page: state.page,
    pageSize: state.size,
  });
  return <MeetingsList rows={rows} total={total} state={state} filters={filters} scope={scope.labels} problems={[...table.problems, ...problems, ...scope.problems]} actions={<NewRecordLink href="/meetings/new" also={[{ href: '/meetings/import', label: 'Import from a GOV.UK release' }]}>New meeting</NewRecordLink>} />;
}
