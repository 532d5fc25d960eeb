/**
 * Which days questions are tabled on and how many: weekdays over the two years, far fewer in recesses,
 * a busier last fortnight (so the demo always has questions still awaiting an answer). Counts are
 * shared out by largest remainder so they add up to exactly the number asked for.
 */
import { daysBetween } from '../dates';

const RECESSES: [number, number, number, number][] = [
  // [from month, from day, to month, to day] (months 1–12, inclusive)
  [7, 25, 9, 1],
  [12, 19, 12, 31],
  [1, 1, 1, 5],
  [4, 1, 4, 14],
  [5, 24, 6, 1],
];

export function isRecess(date: Date): boolean {
  const md = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  return RECESSES.some(([fm, fd, tm, td]) => md >= fm * 100 + fd && md <= tm * 100 + td);
}

export interface TablingDay {
  date: Date;
  count: number;
}

/** Weekdays from `start` to `end` inclusive with how many questions are tabled on each. */
export function tablingDays(start: Date, end: Date, total: number): TablingDay[] {
  const days: { date: Date; weight: number }[] = [];
  const span = daysBetween(start, end);
  for (let i = 0; i <= span; i++) {
    const date = new Date(start.getTime() + i * 86_400_000);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const recent = span - i < 14;
    days.push({ date, weight: (isRecess(date) ? 0.15 : 1) * (recent ? 2.5 : 1) });
  }
  const totalWeight = days.reduce((sum, d) => sum + d.weight, 0);
  const shares = days.map((d) => (d.weight / totalWeight) * total);
  const counts = shares.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return days.map((d, i) => ({ date: d.date, count: counts[i]! }));
}
