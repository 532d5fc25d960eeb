import { UnreportedValue } from '@/components/badges/badges';
import { formatDate, formatShortDate, toIsoDate } from '@/lib/dates';

/** A calendar date in a <time>, shown only as a labelled placeholder when the source did not report it. */
export function CalendarDate({ date, unreported = false, short = false }: { date: Date | null; unreported?: boolean; short?: boolean }) {
  if (!date) return <UnreportedValue />;
  const time = <time dateTime={toIsoDate(date)}>{short ? formatShortDate(date) : formatDate(date)}</time>;
  return unreported ? <UnreportedValue placeholder={time} /> : time;
}
