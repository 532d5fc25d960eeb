import Link from 'next/link';
import { dateParts } from '@/lib/dates';
import { sentenceCase } from '@/lib/question-timing';
import { describeGap } from '@/lib/timeline/gaps';
import { TIMELINE_KIND_LABELS } from '@/lib/timeline/labels';
import { sortTimeline, type TimelineEvent } from '@/lib/timeline/types';
import { TimelineIcon } from './timeline-icon';
import styles from './timeline.module.css';

export interface TimelineProps {
  /** In any order: they are shown sorted by date, then by the order a story unfolds in on one day. */
  events: TimelineEvent[];
  /** The list's accessible name, e.g. "Timeline of question DEMO-0001". */
  label: string;
  /** Prefix for each item's id (`<idPrefix>-<event.id>`), so items can be linked to. Default "event". */
  idPrefix?: string;
  /** Show "N days later" between consecutive events. Default true. */
  showGaps?: boolean;
  /** Shown instead of the list when there are no events. */
  emptyText?: string;
  /** Newest first (for feeds of recent activity); gaps then read "N days earlier". Default false. */
  newestFirst?: boolean;
}

/**
 * The one timeline used across Answerable (question, topic, member, department and general). An
 * ordered list to assistive technology; each item carries its kind as text plus a shape, a machine
 * date, a title (a link when the event has a page) and one line of detail. A server component, with
 * no interactive parts: links are the only focus stops, so it can never trap the keyboard.
 */
export function Timeline({ events, label, idPrefix = 'event', showGaps = true, emptyText = 'Nothing to show yet.', newestFirst = false }: TimelineProps) {
  if (events.length === 0) return <p className="muted">{emptyText}</p>;
  const sorted = newestFirst ? sortTimeline(events).reverse() : sortTimeline(events);
  return (
    <ol className={styles.timeline} aria-label={label}>
      {sorted.map((event, index) => {
        const previous = index > 0 ? sorted[index - 1] : undefined;
        const date = dateParts(event.date);
        return (
          <li key={event.id} id={`${idPrefix}-${event.id}`} className={styles.item} data-kind={event.kind}>
            {showGaps && previous ? <p className={styles.gap}>{describeGap(previous.date, event.date)}</p> : null}
            <div className={styles.row}>
              <span className={styles.marker} aria-hidden="true">
                <TimelineIcon kind={event.kind} />
              </span>
              <p className={styles.meta}>
                <span className={styles.kind}>{TIMELINE_KIND_LABELS[event.kind]}</span>
                <span aria-hidden="true"> · </span>
                <time dateTime={date.iso}>{date.label}</time>
                {event.dateUnreported ? <span className="badge badge--unreported">Date not reported: placeholder</span> : null}
                {event.isDemo ? <span className="badge badge--demo">Demo data</span> : null}
              </p>
              <p className={styles.title}>
                <EventTitle event={event} />
              </p>
              {event.detail ? <p className={styles.detail}>{sentenceCase(event.detail)}</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function EventTitle({ event }: { event: TimelineEvent }) {
  if (!event.href) return <>{event.title}</>;
  // In-app paths go through Next's Link (prefetch, client navigation); anchors and other sites do not.
  if (event.href.startsWith('/')) return <Link href={event.href}>{event.title}</Link>;
  return <a href={event.href}>{event.title}</a>;
}
