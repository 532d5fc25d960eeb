import type { Metadata } from 'next';
import { MembersList } from '@/components/members/members-list';
import { DEFAULT_PAGE_SIZE, nameListSchema } from '@/lib/validation/lists';
import { parseSearchParams } from '@/lib/validation/search-params';
import { listMembers } from '@/server/members';

export const metadata: Metadata = { title: 'Members', description: 'Members who ask and answer written questions.' };

export default async function MembersPage(props: PageProps<'/members'>) {
  const { values, problems } = parseSearchParams(nameListSchema, await props.searchParams);
  const page = values.page ?? 1;
  const house = values.house === 'commons' ? 'COMMONS' : values.house === 'lords' ? 'LORDS' : undefined;
  const { rows, total } = await listMembers({ q: values.q, house, page, pageSize: DEFAULT_PAGE_SIZE });
  return <MembersList rows={rows} total={total} page={page} pageSize={DEFAULT_PAGE_SIZE} filters={{ q: values.q, house: values.house }} problems={problems} />;
}
