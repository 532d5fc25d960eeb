/**
 * Every date the app shows or computes goes through here (date-fns). Calendar dates (tabled, due,
 * answered, meeting, published) are stored as UTC midnight; "today" is today in Europe/London, the
 * calendar Parliament works to.
 */
import { UTCDate } from '@date-fns/utc';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, eachMonthOfInterval, format, formatDistanceStrict, isValid, parseISO, startOfMonth } from 'date-fns';

export const PARLIAMENT_TIME_ZONE = 'Europe/London';

/** Today's calendar date in London, as UTC midnight (the storage form of calendar dates). */
export function londonToday(now: Date = new Date()): Date {
  const london = new TZDate(now.getTime(), PARLIAMENT_TIME_ZONE);
  return new Date(Date.UTC(london.getFullYear(), london.getMonth(), london.getDate()));
}

/** Parses `yyyy-MM-dd` to UTC midnight; null when it is not a real calendar date. */
export function parseCalendarDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = parseISO(`${value}T00:00:00Z`);
  if (!isValid(parsed) || toIsoDate(parsed) !== value) return null;
  return parsed;
}

/**
 * `2025-03-11`: for URLs, exports and machine-readable attributes. The UTC calendar date, exactly what
 * `format(new UTCDate(date), 'yyyy-MM-dd')` gives, at a tenth of the cost: exports call it for every
 * date of every row.
 */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "11 March 2025" */
export function formatDate(date: Date): string {
  return format(new UTCDate(date), 'd MMMM yyyy');
}

/** "11 Mar 2025": for dense tables. */
export function formatShortDate(date: Date): string {
  return format(new UTCDate(date), 'd MMM yyyy');
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Date, to: Date): number {
  // Whole UTC days between the two UTC calendar dates: what differenceInCalendarDays on UTCDates gives,
  // at a fraction of the cost (answer-time figures call it for every question of a department).
  return Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
}

const DAY_MS = 86_400_000;

/** "9 days", "1 day", "0 days". */
export function formatDays(days: number): string {
  return formatDistanceStrict(0, Math.abs(days) * 86_400_000, { unit: 'day' });
}

/** "11 March 2025" plus an ISO date for a <time> element. */
export function dateParts(date: Date): { label: string; iso: string } {
  return { label: formatDate(date), iso: toIsoDate(date) };
}

/** `2025-03`: the calendar month of a date, for grouping and for URLs. */
export function toIsoMonth(date: Date): string {
  // The UTC calendar month, as `format(new UTCDate(date), 'yyyy-MM')` gives it, without the formatter's cost.
  return date.toISOString().slice(0, 7);
}

/** Every `yyyy-MM` from `first` to `last` inclusive (both `yyyy-MM`), oldest first. */
export function monthsBetween(first: string, last: string): string[] {
  const start = new UTCDate(`${first}-01T00:00:00Z`);
  const end = new UTCDate(`${last}-01T00:00:00Z`);
  if (start.getTime() > end.getTime()) return [];
  return eachMonthOfInterval({ start, end }).map((month) => format(month, 'yyyy-MM'));
}

/** "March 2025" from `2025-03`; "Mar 2025" with `short`. */
export function formatMonth(month: string, short = false): string {
  return format(new UTCDate(`${month}-01T00:00:00Z`), short ? 'MMM yyyy' : 'MMMM yyyy');
}

/** `date` moved by whole calendar days (negative for earlier). */
export function addCalendarDays(date: Date, days: number): Date {
  return new Date(addDays(new UTCDate(date), days).getTime());
}

/** `date` moved by whole calendar months (negative for earlier), clamped to the month's last day. */
export function addCalendarMonths(date: Date, months: number): Date {
  return new Date(addMonths(new UTCDate(date), months).getTime());
}

/** The first day of the calendar month `date` falls in (UTC midnight). */
export function startOfCalendarMonth(date: Date): Date {
  return new Date(startOfMonth(new UTCDate(date)).getTime());
}

/** "29 November 2026, 14:05": a moment (a change logged, a sign-in) in London time. */
export function formatDateTime(date: Date): string {
  return format(new TZDate(date.getTime(), PARLIAMENT_TIME_ZONE), "d MMMM yyyy, HH:mm");
}

const UK_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A calendar date typed the way UK staff write it: "11/03/2025", "11-3-2025", "11 March 2025",
 * "11 Mar 2025", or the ISO "2025-03-11" a date picker sends. Day first, never month first. Null when it
 * is not a real date (31/02/2025).
 */
export function parseUkDate(value: string): Date | null {
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseCalendarDate(text);
  let day: number, month: number, year: number;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const named = /^(\d{1,2}) ([a-z]+),? (\d{4})$/.exec(text);
  if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (named) {
    const index = UK_MONTHS.findIndex((m) => m === named[2] || (named[2]!.length >= 3 && m.startsWith(named[2]!)));
    if (index < 0) return null;
    [day, month, year] = [Number(named[1]), index + 1, Number(named[3])];
  } else return null;
  return parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}
