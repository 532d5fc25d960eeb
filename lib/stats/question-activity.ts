/**
 * How many questions someone asked each month, and how long they waited for answers. Counting rules
 * are those of answer-times.ts: calendar days from tabling to the first substantive answer; a holding
 * answer is not an answer; withdrawn questions are left out of the waits.
 */
import { monthsBetween, toIsoMonth } from '@/lib/dates';
import { daysToAnswer, type AnswerTimeInput } from './answer-times';

/** How the member charts count, in words for the page. */
export const WAIT_METHOD =
  'Waits are calendar days (weekends and recesses included) from the date a question was tabled to its first substantive answer. ' +
  'A holding answer does not count as an answer, so a question with only a holding answer is still waiting; withdrawn questions are left out. ' +
  'The charts cover the 24 months up to the member’s latest question.';

export interface MonthCount {
  /** `2025-03`: the month tabled. */
  month: string;
  tabled: number;
}

/** Questions tabled per month, oldest first, months with none included between the first and last. */
export function questionsPerMonth(rows: readonly Pick<AnswerTimeInput, 'dateTabled'>[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const q of rows) {
    const month = toIsoMonth(q.dateTabled);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  return monthsBetween(months[0]!, months[months.length - 1]!).map((month) => ({ month, tabled: counts.get(month) ?? 0 }));
}

/** Wait bands, in calendar days from tabling to the first substantive answer. */
export const WAIT_BANDS = [
  { label: 'Same day to 3 days', max: 3 },
  { label: '4 to 7 days', max: 7 },
  { label: '8 to 14 days', max: 14 },
  { label: '15 to 28 days', max: 28 },
  { label: '29 days or more', max: Number.POSITIVE_INFINITY },
] as const;

export const STILL_WAITING = 'Still waiting';

export interface WaitBand {
  label: string;
  count: number;
}

/** Answered questions by wait band, then the unanswered (not withdrawn) ones as "Still waiting". */
export function waitBands(rows: readonly AnswerTimeInput[]): WaitBand[] {
  const counts = WAIT_BANDS.map((band) => ({ label: band.label as string, count: 0 }));
  let waiting = 0;
  for (const q of rows) {
    if (q.withdrawn) continue;
    const days = daysToAnswer(q);
    if (days === null) {
      waiting += 1;
      continue;
    }
    const index = WAIT_BANDS.findIndex((band) => days <= band.max);
    counts[index]!.count += 1;
  }
  return [...counts, { label: STILL_WAITING, count: waiting }];
}
