import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TopicView } from '@/components/topics/topic-view';
import { slugParam } from '@/lib/validation/search-params';
import { countTimelineEvents, listTimelineEvents } from '@/server/timeline';
import { resolveTimelineFilters } from '@/server/timeline-filters';
import { getTopic } from '@/server/topics';
import { requireReader } from '@/server/auth/reader-gate';

async function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getTopic(parsed.data) : null;
}

export async function generateMetadata(props: PageProps<'/topics/[slug]'>): Promise<Metadata> {
  await requireReader();
  const topic = await load((await props.params).slug);
  return { title: topic ? topic.name : 'Topic not found' };
}

export default async function TopicPage(props: PageProps<'/topics/[slug]'>) {
  await requireReader();
  const topic = await load((await props.params).slug);
  if (!topic) notFound();
  const filters = await resolveTimelineFilters(await props.searchParams, { withScope: false, defaultOrder: 'oldest' });
  const query = { ...filters.query, topicId: topic.id };
  const [page, counts] = await Promise.all([listTimelineEvents(query), countTimelineEvents(query)]);
  return <TopicView topic={topic} page={page} counts={counts} filters={filters} />;
}
