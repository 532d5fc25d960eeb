import { formatDate, formatShortDate, toIsoDate } from '@/lib/dates';

/** A calendar date in a <time>, marked "not reported" when the stored value is a placeholder. */
export function CalendarDate({ date, unreported = false, short = false }: { date: Date | null; unreported?: boolean; short?: boolean }) {
  if (!date) return <span className="badge badge--unreported">Not reported</span>;
  const time = <time dateTime={toIsoDate(date)}>{short ? formatShortDate(date) : formatDate(date)}</time>;
  if (!unreported) return time;
  return (
    <>
      {time} <span className="badge badge--unreported">not reported: placeholder</span>
    </>
  );
}

/** The standard markers of a record that is not real or not complete. */
export function DemoBadge() {
  return <span className="badge badge--demo">Demo data</span>;
}
