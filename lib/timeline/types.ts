/**
 * One event on a timeline: a question's own story (tabled, due, answered…) or the combined timelines
 * of topics, members and departments. Every timeline renders through components/timeline.
 */
export const TIMELINE_EVENT_KINDS = [
  'tabled',
  'due',
  'meeting',
  'holding-answer',
  'answered',
  'corrected',
  'withdrawn',
  'coverage',
  'follow-up',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

export interface TimelineEvent {
  /** Stable within one timeline (React key, anchor id). */
  id: string;
  kind: TimelineEventKind;
  /** Calendar date (UTC midnight). */
  date: Date;
  title: string;
  href?: string;
  /** One line under the title: who, where, how long after tabling… */
  detail?: string;
  /** True when the date is a labelled placeholder (the source did not report it). */
  dateUnreported?: boolean;
  isDemo?: boolean;
}

/** Date order; on the same day, the order a story unfolds in (tabled before answered before coverage). */
export function sortTimeline(events: TimelineEvent[]): TimelineEvent[] {
  const rank = (kind: TimelineEventKind) => TIMELINE_EVENT_KINDS.indexOf(kind);
  return [...events].sort((a, b) => a.date.getTime() - b.date.getTime() || rank(a.kind) - rank(b.kind));
}
