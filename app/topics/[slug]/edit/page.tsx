import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicForm } from '@/components/topics/topic-form';
import { slugParam } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { getTopicForEdit } from '@/server/topics';

export const metadata: Metadata = { title: 'Edit topic' };

export default async function EditTopicPage(props: PageProps<'/topics/[slug]/edit'>) {
  await requireRole('editor');
  const slug = slugParam.safeParse((await props.params).slug);
  const topic = slug.success ? await getTopicForEdit(slug.data) : null;
  if (!topic) notFound();
  return (
    <>
      <h1>Edit topic: {topic.name}</h1>
      <TopicForm topic={topic} />
    </>
  );
}
