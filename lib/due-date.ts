/**
 * When an answer is due. Commons: an ordinary question is expected within 5 sitting days (weekdays
 * here, as the app has no sitting calendar yet); a named-day question on the day the member named.
 * Lords: 14 days after tabling.
 */
import { addBusinessDays, addDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { House } from '@/generated/prisma/enums';

export const COMMONS_SITTING_DAYS_TO_ANSWER = 5;
export const LORDS_DAYS_TO_ANSWER = 14;

/** The due date (UTC midnight) for a question tabled on `dateTabled`. */
export function dueDate(house: House, dateTabled: Date, namedDay: Date | null = null): Date {
  if (house === 'COMMONS' && namedDay) return namedDay;
  const tabled = new UTCDate(dateTabled);
  const due = house === 'COMMONS' ? addBusinessDays(tabled, COMMONS_SITTING_DAYS_TO_ANSWER) : addDays(tabled, LORDS_DAYS_TO_ANSWER);
  return new Date(due.getTime());
}

/** `date`, or the next weekday when it falls on a weekend (answers are given on sitting days). */
export function nextWeekday(date: Date): Date {
  const day = date.getUTCDay();
  if (day === 6) return new Date(date.getTime() + 2 * 86_400_000);
  if (day === 0) return new Date(date.getTime() + 86_400_000);
  return date;
}
