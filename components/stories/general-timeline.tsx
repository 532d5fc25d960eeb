import { TableProblems } from '@/components/data-table/table-problems';
import type { ResolvedTimelineFilters } from '@/server/timeline-filters';
import type { TimelineCounts, TimelinePage } from '@/server/timeline';
import { CombinedTimeline } from './combined-timeline';
import { TimelineFilters, type ScopeOptions } from './timeline-filters';

/** /timeline: everything in date order, narrowed by member, department, topic, dates and kinds. */
export function GeneralTimeline({ page, counts, filters, scope }: { page: TimelinePage; counts: TimelineCounts; filters: ResolvedTimelineFilters; scope: ScopeOptions }) {
  const narrowed = filters.scopeNames.length ? `: ${filters.scopeNames.join(' · ')}` : '';
  return (
    <>
      <h1>Timeline{narrowed}</h1>
      <p>
        Questions tabled, answers (holding, substantive and corrected), ministers’ meetings and news coverage across everything, in date order. Narrow it to a member (their
        questions, the answers to them, the answers they gave, their meetings and the coverage that mentions them), a department or a topic.
      </p>
      <TableProblems problems={filters.problems} />
      <TimelineFilters action="/timeline" values={filters.values} counts={counts} scope={scope} idPrefix="timeline-filter" />
      <CombinedTimeline
        page={page}
        values={filters.values}
        path="/timeline"
        label={`Timeline${narrowed}`}
        isFirstPage={filters.isFirstPage}
        emptyText="Nothing matches these filters."
      />
    </>
  );
}
