import type { Metadata } from 'next';
import { GeneralTimeline } from '@/components/stories/general-timeline';
import { listDepartmentOptions } from '@/server/departments';
import { countTimelineEvents, listTimelineEvents } from '@/server/timeline';
import { resolveTimelineFilters } from '@/server/timeline-filters';
import { listTopicOptions } from '@/server/topics';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = { title: 'Timeline', description: 'Questions, answers, meetings and coverage in date order, filterable by member, department and topic.' };

export default async function TimelinePage(props: PageProps<'/timeline'>) {
  await requireReader();
  const filters = await resolveTimelineFilters(await props.searchParams, { withScope: true, defaultOrder: 'newest' });
  const [page, counts, departments, topics] = await Promise.all([
    listTimelineEvents(filters.query),
    countTimelineEvents(filters.query),
    listDepartmentOptions(),
    listTopicOptions(),
  ]);
  return <GeneralTimeline page={page} counts={counts} filters={filters} scope={{ departments, topics }} />;
}
