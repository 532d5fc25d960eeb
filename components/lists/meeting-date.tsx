import { UnreportedValue } from '@/components/badges/badges';
import { formatMeetingDate, meetingDateTime, type MeetingWhen } from '@/lib/meeting-dates';

/** A meeting's date in a <time>: a day, a month only ("July 2025") or a trip's days, as the source gave it. */
export function MeetingDate({ meeting, unreported = false, short = false }: { meeting: MeetingWhen; unreported?: boolean; short?: boolean }) {
  const time = <time dateTime={meetingDateTime(meeting)}>{formatMeetingDate(meeting, short)}</time>;
  return unreported ? <UnreportedValue placeholder={time} /> : time;
}
