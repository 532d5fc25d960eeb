import { daysBetween, formatDays } from '../dates';

/** What a reader is told between two consecutive events: "Same day", "1 day later", "9 days later". */
export function describeGap(previous: Date, next: Date): string {
  const days = daysBetween(previous, next);
  if (days === 0) return 'Same day';
  return days > 0 ? `${formatDays(days)} later` : `${formatDays(days)} earlier`;
}
