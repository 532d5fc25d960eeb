import { FollowBar } from '@/components/alerts/follow-bar';
import { feedAlternates } from '@/lib/feeds/feed-links';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { TopicTagging } from '@/components/topics/topic-tagging';
import { TopicView } from '@/components/topics/topic-view';
import { topicPath } from '@/lib/routes';
import { slugParam } from '@/lib/validation/search-params';
import { parseTaggedPages } from '@/lib/validation/topic-tags';
import { canEdit } from '@/server/auth/session';
import { countTimelineEvents, listTimelineEvents } from '@/server/timeline';
import { resolveTimelineFilters } from '@/server/timeline-filters';
import { findMovedTopic } from '@/server/topic-redirects';
import { listTaggedRecords } from '@/server/topic-tagged';
import { getTopic } from '@/server/topics';
import { requireReader } from '@/server/auth/reader-gate';

async function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getTopic(parsed.data) : null;
}

export async function generateMetadata(props: PageProps<'/topics/[slug]'>): Promise<Metadata> {
  await requireReader();
  const topic = await load((await props.params).slug);
  return { title: topic ? topic.name : 'Topic not found', alternates: topic ? { types: feedAlternates(`/topics/${topic.slug}/feed`) } : undefined };
}

export default async function TopicPage(props: PageProps<'/topics/[slug]'>) {
  await requireReader();
  const slug = (await props.params).slug;
  const topic = await load(slug);
  if (!topic) {
    // A renamed or merged topic's old address leads to the topic it became.
    const parsed = slugParam.safeParse(slug);
    const moved = parsed.success ? await findMovedTopic(parsed.data) : null;
    if (moved) redirect(topicPath(moved));
    notFound();
  }
  const params = await props.searchParams;
  const filters = await resolveTimelineFilters(params, { withScope: false, defaultOrder: 'oldest' });
  const query = { ...filters.query, topicId: topic.id };
  const [page, counts, editor] = await Promise.all([listTimelineEvents(query), countTimelineEvents(query), canEdit()]);
  const tagged = editor ? await listTaggedRecords(topic.id, parseTaggedPages(params)) : null;
  const tagging = tagged ? <TopicTagging topic={topic} tagged={tagged} params={params} path={topicPath(topic)} /> : null;
  return <TopicView topic={topic} page={page} counts={counts} filters={filters} tagging={tagging} follow={<FollowBar kind="topic" target={topic.slug} targetId={String(topic.id)} what={topic.name} feed={{ pathname: `/topics/${topic.slug}/feed`, search: '' }} returnTo={`/topics/${topic.slug}`} />} />;
}
