/**
 * A meeting's date as people read it, keeping what the source gave: a day ("11 March 2025"), a month
 * only ("July 2025": GOV.UK releases sometimes give no day, and none is made up), or a trip's days
 * ("10 March 2025 to 12 March 2025").
 */
import { formatDate, formatShortDate, formatMonth, toIsoDate, toIsoMonth } from './dates';

export interface MeetingWhen {
  date: Date;
  precision: 'DAY' | 'MONTH';
  endDate?: Date | null;
}

export function formatMeetingDate(m: MeetingWhen, short = false): string {
  const start = m.precision === 'MONTH' ? formatMonth(toIsoMonth(m.date), short) : short ? formatShortDate(m.date) : formatDate(m.date);
  if (!m.endDate) return start;
  return `${start} to ${short ? formatShortDate(m.endDate) : formatDate(m.endDate)}`;
}

/** The machine-readable form for a <time> element: "2025-07" for a month, "2025-03-11" for a day. */
export function meetingDateTime(m: MeetingWhen): string {
  return m.precision === 'MONTH' ? toIsoMonth(m.date) : toIsoDate(m.date);
}
