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
 * One page of a combined timeline. "From the earliest" reads forward in date order and pages to later
 * events; "From the latest" lists the newest first and pages back in time. Either way the link to the
 * next page follows the list, where the events it leads to would continue.
 */
export function CombinedTimeline({ page, values, path, label, isFirstPage, emptyText }: { page: TimelinePage; values: TimelineFilterValues; path: string; label: string; isFirstPage: boolean; emptyText: string }) {
  const { events, nextCursor } = page;
  const params = filterParams(values);
  const newest = values.order === 'newest';
  const first = events.length ? events.reduce((a, b) => (a.date < b.date ? a : b)) : null;
  const last = events.length ? events.reduce((a, b) => (a.date > b.date ? a : b)) : null;
  const count = `${events.length.toLocaleString('en-GB')} ${events.length === 1 ? 'event' : 'events'}`;
  return (
    <>
      {events.length > 0 ? (
        <p role="status">
          {newest ? `${count}, newest first: ${formatDate(last!.date)} back to ${formatDate(first!.date)}.` : `${count}, in date order: ${formatDate(first!.date)} to ${formatDate(last!.date)}.`}
        </p>
      ) : null}
      <Timeline events={events} label={label} idPrefix="timeline" emptyText={emptyText} newestFirst={newest} />
      {nextCursor || !isFirstPage ? (
        <nav className="pager" aria-label="Timeline pages">
          <ul className="pager__links">
            {nextCursor ? (
              <li>
                <Link href={hrefWith(path, { ...params, cursor: nextCursor })}>{newest ? 'Earlier events' : 'Later events'}</Link>
              </li>
            ) : null}
            {!isFirstPage ? (
              <li>
                <Link href={hrefWith(path, params)}>{newest ? 'Back to the latest events' : 'Back to the earliest events'}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
