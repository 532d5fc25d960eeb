import type { Metadata } from 'next';
import { TopicsList } from '@/components/topics/topics-list';
import { nameListSchema } from '@/lib/validation/lists';
import { parseSearchParams } from '@/lib/validation/search-params';
import { listTopics } from '@/server/topics';

export const metadata: Metadata = { title: 'Topics', description: 'Subjects that group questions, meetings and coverage.' };

const PAGE_SIZE = 50;

export default async function TopicsPage(props: PageProps<'/topics'>) {
  const { values, problems } = parseSearchParams(nameListSchema.omit({ house: true }), await props.searchParams);
  const page = values.page ?? 1;
  const { rows, total } = await listTopics({ q: values.q, page, pageSize: PAGE_SIZE });
  return <TopicsList rows={rows} total={total} page={page} pageSize={PAGE_SIZE} q={values.q} problems={problems} />;
}
