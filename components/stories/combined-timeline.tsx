import Link from 'next/link';
import { Timeline } from '@/components/timeline/timeline';
import { formatDate, toIsoDate } from '@/lib/dates';
import { hrefWith } from '@/lib/url-params';
import type { TimelinePage } from '@/server/timeline';
import type { TimelineFilterValues } from './timeline-filters';

/** Parameters that keep the current filters when paging. */
export function filterParams(values: TimelineFilterValues): Record<string, string | string[] | undefined> {
  return {
    member: values.member,
    department: values.department,
    topic: values.topic,
    from: values.from ? toIsoDate(values.from) : undefined,
    to: values.to ? toIsoDate(values.to) : undefined,
    kind: values.kinds.length ? values.kinds : undefined,
    order: values.order,
  };
}

/**
 * One page of a combined timeline in date order, with a link to the next page. "From the latest"
 * shows the most recent events (still read top to bottom in date order) and pages back in time.
 */
export function CombinedTimeline({ page, values, path, label, isFirstPage, emptyText }: { page: TimelinePage; values: TimelineFilterValues; path: string; label: string; isFirstPage: boolean; emptyText: string }) {
  const { events, nextCursor } = page;
  const params = filterParams(values);
  const first = events.length ? events.reduce((a, b) => (a.date < b.date ? a : b)) : null;
  const last = events.length ? events.reduce((a, b) => (a.date > b.date ? a : b)) : null;
  return (
    <>
      {events.length > 0 ? (
        <p role="status">
          {events.length.toLocaleString('en-GB')} {events.length === 1 ? 'event' : 'events'}, {formatDate(first!.date)} to {formatDate(last!.date)}
          {values.order === 'newest' ? ' (the most recent first page, shown in date order)' : ''}.
        </p>
      ) : null}
      <Timeline events={events} label={label} idPrefix="timeline" emptyText={emptyText} />
      {nextCursor || !isFirstPage ? (
        <nav className="pager" aria-label="Timeline pages">
          <ul className="pager__links">
            {!isFirstPage ? (
              <li>
                <Link href={hrefWith(path, params)}>{values.order === 'newest' ? 'Back to the latest events' : 'Back to the earliest events'}</Link>
              </li>
            ) : null}
            {nextCursor ? (
              <li>
                <Link href={hrefWith(path, { ...params, cursor: nextCursor })}>{values.order === 'newest' ? 'Earlier events' : 'Later events'}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
