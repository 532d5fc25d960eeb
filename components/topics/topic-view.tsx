import Link from 'next/link';
import type { ReactNode } from 'react';
import { DemoBadge } from '@/components/badges/badges';
import { TableProblems } from '@/components/data-table/table-problems';
import { CombinedTimeline } from '@/components/stories/combined-timeline';
import { TimelineFilters } from '@/components/stories/timeline-filters';
import { DeleteRecordControl } from '@/components/history/delete-record-control';
import { RecordToolbar } from '@/components/staff/record-toolbar';
import { topicPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import type { ResolvedTimelineFilters } from '@/server/timeline-filters';
import type { TimelineCounts, TimelinePage } from '@/server/timeline';
import type { TopicRow } from '@/server/topics';

const n = (value: number) => value.toLocaleString('en-GB');

/**
 * A topic's merged story: meetings, questions, answers and coverage in date order, filterable. `tagging`
 * is the editors' tagging panel (components/topics/topic-tagging.tsx), given only when an editor is reading.
 */
export function TopicView({ topic, page, counts, filters, tagging, follow }: { topic: TopicRow; page: TimelinePage; counts: TimelineCounts; filters: ResolvedTimelineFilters; tagging?: ReactNode; follow?: ReactNode }) {
  const path = topicPath(topic);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/topics">Topics</Link>
      </p>
      <h1>
        {topic.name} {topic.isDemo ? <DemoBadge /> : null}
      </h1>
      <RecordToolbar entityType="Topic" entityId={topic.id} editHref={`${path}/edit`}>
        <Link href={`${path}/merge`} className="button secondary">
          Merge into another topic
        </Link>
        <a href="#tagging" className="button secondary">
          Tag or untag records
        </a>
        <DeleteRecordControl entityType="Topic" id={topic.id} />
      </RecordToolbar>
      {follow}
      {topic.description ? <p>{topic.description}</p> : null}
      <ul className="stat-tiles">
        <li className="card"><span className="stat">{n(topic.questions)}</span> questions</li>
        <li className="card"><span className="stat">{n(topic.meetings)}</span> meetings</li>
        <li className="card"><span className="stat">{n(topic.coverage)}</span> articles</li>
      </ul>
      <p>
        <Link href={hrefWith('/questions', { topic: topic.slug })}>The topic’s questions as a table</Link> ·{' '}
        <Link href={hrefWith('/meetings', { topic: topic.slug })}>its meetings</Link> · <Link href={hrefWith('/coverage', { topic: topic.slug })}>its coverage</Link>
      </p>
      {tagging}
      <h2 id="timeline-heading">Timeline</h2>
      <p className="muted">Every meeting, question tabled, answer and article on this topic, in date order. Dates marked “not reported” are placeholders.</p>
      <TableProblems problems={filters.problems} />
      <TimelineFilters action={path} values={filters.values} counts={counts} idPrefix="topic-filter" />
      <CombinedTimeline
        page={page}
        values={filters.values}
        path={path}
        label={`Timeline of ${topic.name}`}
        isFirstPage={filters.isFirstPage}
        emptyText="Nothing on this topic matches these filters."
      />
    </>
  );
}
