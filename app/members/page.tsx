import type { Metadata } from 'next';
import { MembersList } from '@/components/members/members-list';
import { houseFromSlug } from '@/lib/routes';
import { parseMemberListParams } from '@/lib/validation/members-table';
import { listMembers, listParties } from '@/server/member-list';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = { title: 'Members', description: 'Members who ask and answer written questions: their party, seat, posts and questions.' };

export default async function MembersPage(props: PageProps<'/members'>) {
  await requireReader();
  const { state, filters, problems } = parseMemberListParams(await props.searchParams);
  const parties = await listParties();
  const party = filters.party ? parties.find((p) => p.slug === filters.party) : undefined;
  if (filters.party && !party) problems.push(`Ignored “party”: no party has the address “${filters.party}”.`);
  const applied = { ...filters, party: party?.slug };
  const { rows, total } = await listMembers({
    q: applied.q,
    house: applied.house ? (houseFromSlug(applied.house) ?? undefined) : undefined,
    partyId: party?.id,
    ministers: applied.minister === 'yes',
    sort: state.sort,
    dir: state.dir,
    page: state.page,
    pageSize: state.size,
  });
  return <MembersList rows={rows} total={total} state={state} filters={applied} parties={parties} problems={problems} />;
}
