import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TopicMergeForm } from '@/components/topics/topic-merge-form';
import { topicPath } from '@/lib/routes';
import { slugParam } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { getTopicForMerge } from '@/server/topics';

export const metadata: Metadata = { title: 'Merge topic' };

const n = (value: number, one: string, many: string) => `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`;

export default async function MergeTopicPage(props: PageProps<'/topics/[slug]/merge'>) {
  await requireRole('editor');
  const slug = slugParam.safeParse((await props.params).slug);
  const topic = slug.success ? await getTopicForMerge(slug.data) : null;
  if (!topic) notFound();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/topics">Topics</Link> › <Link href={topicPath(topic)}>{topic.name}</Link>
      </p>
      <h1>Merge “{topic.name}” into another topic</h1>
      <p>
        Every question, meeting and article tagged “{topic.name}” ({n(topic.questions, 'question', 'questions')}, {n(topic.meetings, 'meeting', 'meetings')},{' '}
        {n(topic.coverage, 'article', 'articles')}) will be tagged with the topic you choose instead; records that already have both keep one tag. Then “{topic.name}” is
        removed and its address leads to the topic you chose. The history of both topics records the merge and every record it moved.
      </p>
      <TopicMergeForm topic={{ id: topic.id, name: topic.name, baseChangeId: topic.baseChangeId }} />
    </>
  );
}
