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
 * One page of a combined timeline, always read top to bottom in date order. "From the earliest" pages
 * forward: the link to later events follows the list. "From the latest" shows the most recent events
 * and pages back in time: the link to earlier events comes before the list, where earlier events
 * would be.
 */
export function CombinedTimeline({ page, values, path, label, isFirstPage, emptyText }: { page: TimelinePage; values: TimelineFilterValues; path: string; label: string; isFirstPage: boolean; emptyText: string }) {
  const { events, nextCursor } = page;
  const params = filterParams(values);
  const newest = values.order === 'newest';
  const first = events.length ? events.reduce((a, b) => (a.date < b.date ? a : b)) : null;
  const last = events.length ? events.reduce((a, b) => (a.date > b.date ? a : b)) : null;
  const more = nextCursor ? (
    <Link href={hrefWith(path, { ...params, cursor: nextCursor })}>{newest ? '↑ Earlier events' : 'Later events ↓'}</Link>
  ) : null;
  const restart = !isFirstPage ? <Link href={hrefWith(path, params)}>{newest ? 'Back to the latest events' : 'Back to the earliest events'}</Link> : null;
  const nav = (where: 'before' | 'after') => {
    const links = newest ? (where === 'before' ? [more] : [restart]) : where === 'after' ? [more, restart] : [];
    const shown = links.filter(Boolean);
    if (shown.length === 0) return null;
    return (
      <nav className="pager" aria-label={where === 'before' ? 'Earlier timeline pages' : 'More of the timeline'}>
        <ul className="pager__links">
          {shown.map((link, index) => (
            <li key={index}>{link}</li>
          ))}
        </ul>
      </nav>
    );
  };
  return (
    <>
      {events.length > 0 ? (
        <p role="status">
          {newest ? `The latest ${events.length.toLocaleString('en-GB')} ${events.length === 1 ? 'event' : 'events'}` : `${events.length.toLocaleString('en-GB')} ${events.length === 1 ? 'event' : 'events'}`}
          , {formatDate(first!.date)} to {formatDate(last!.date)}, in date order.
        </p>
      ) : null}
      {nav('before')}
      <Timeline events={events} label={label} idPrefix="timeline" emptyText={emptyText} />
      {nav('after')}
    </>
  );
}
