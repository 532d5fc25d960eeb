import type { Metadata } from 'next';
import { TopicsList } from '@/components/topics/topics-list';
import { parseTopicListParams } from '@/lib/validation/topics-table';
import { canEdit } from '@/server/auth/session';
import { listTopics } from '@/server/topics';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = { title: 'Topics', description: 'Subjects that group questions, meetings and coverage.' };

export default async function TopicsPage(props: PageProps<'/topics'>) {
  await requireReader();
  const { state, filters, problems } = parseTopicListParams(await props.searchParams);
  const [{ rows, total }, editor] = await Promise.all([listTopics({ q: filters.q, sort: state.sort, dir: state.dir, page: state.page, pageSize: state.size }), canEdit()]);
  return <TopicsList rows={rows} total={total} state={state} filters={filters} problems={problems} canCreate={editor} />;
}
