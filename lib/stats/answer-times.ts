/**
 * Answer-time statistics: how long questions wait, how many are answered by their due date, and how
 * many named-day questions are answered on (or before) the named day.
 *
 * How days are counted (stated here once; the pages quote ANSWER_TIME_METHOD):
 * - Days to answer = whole calendar days from the date tabled to the date of the FIRST SUBSTANTIVE
 *   answer (tabled Monday, answered Wednesday = 2 days; answered the day it was tabled = 0). Calendar
 *   days, not sitting days: weekends and recesses count.
 * - A holding answer does not count as an answer: the question is still waiting. A later correction
 *   does not move the answer date either.
 * - Withdrawn questions are left out of every figure.
 * - Median days to answer covers answered questions only; a question still waiting has no answer time
 *   and is left out of the median (so the median alone flatters a department with many unanswered
 *   questions: read it next to the on-time share).
 * - On time = first substantive answer on or before the due date. A question still unanswered once its
 *   due date has passed (due date before today in London) counts as NOT on time. A question not yet
 *   due and not yet answered is not judged yet and is left out of the share.
 * - Named-day compliance is the same test restricted to named-day questions: the named day is the due
 *   date, so "answered on the named day" means answered on or before it.
 * - Months group questions by the month of their DUE DATE: every question is judged against its due
 *   date, so a month's figures settle once that month is over.
 *
 * Pure: callers pass the rows and "today" (lib/dates.ts londonToday()).
 */
import { daysBetween, monthsBetween, toIsoMonth } from '@/lib/dates';

/** Plain-language version of the rules above, shown beside every chart and table of these figures. */
export const ANSWER_TIME_METHOD =
  'Days are calendar days (weekends and recesses included) from the date a question was tabled to its first substantive answer. ' +
  'A holding answer does not count as an answer, and withdrawn questions are left out. ' +
  'The median covers answered questions only. A question counts as on time if it was answered on or before its due date; ' +
  'one still unanswered after its due date counts as late; one not yet due and unanswered is not counted yet. ' +
  'Named-day questions are on time if answered on or before the named day. Months are the month each question was due.';

export interface AnswerTimeInput {
  dateTabled: Date;
  dateDue: Date;
  /** Date of the first substantive answer (a holding answer is not one); null while unanswered. */
  dateAnswered: Date | null;
  isNamedDay: boolean;
  withdrawn: boolean;
  /**
   * How many questions share exactly these values (1 when absent). Callers that read grouped rows pass
   * the group's count instead of repeating the row: a large department's ~90,000 questions are ~21,000
   * such groups.
   */
  count?: number;
}

export interface ShareFigure {
  /** Questions that can be judged: answered, or unanswered and past due. */
  judged: number;
  onTime: number;
  /** onTime / judged, 0–1; null when nothing can be judged. */
  share: number | null;
}

export interface AnswerTimeSummary {
  /** Questions counted (withdrawn ones excluded). */
  questions: number;
  answered: number;
  /** Unanswered with the due date passed. */
  overdue: number;
  medianDays: number | null;
  onTime: ShareFigure;
  namedDay: ShareFigure;
}

export interface MonthlyAnswerTimes extends AnswerTimeSummary {
  /** `2025-03`: the month the questions were due. */
  month: string;
}

/** Calendar days from tabling to the first substantive answer; null while unanswered. */
export function daysToAnswer(q: Pick<AnswerTimeInput, 'dateTabled' | 'dateAnswered'>): number | null {
  return q.dateAnswered ? daysBetween(q.dateTabled, q.dateAnswered) : null;
}

/**
 * On time (true), late (false) or not judged yet (null): answered on or before the due date is on time;
 * unanswered with the due date before `today` is late; unanswered and not yet past due is not judged.
 */
export function answeredOnTime(q: Pick<AnswerTimeInput, 'dateDue' | 'dateAnswered'>, today: Date): boolean | null {
  if (q.dateAnswered) return q.dateAnswered.getTime() <= q.dateDue.getTime();
  return q.dateDue.getTime() < today.getTime() ? false : null;
}

/** The middle value (the mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  return weightedMedian(values.map((value) => ({ value, weight: 1 })));
}

/** The median of values each repeated `weight` times (the same result as `median` on the repeated list). */
export function weightedMedian(values: readonly { value: number; weight: number }[]): number | null {
  const total = values.reduce((sum, v) => sum + v.weight, 0);
  if (total === 0) return null;
  const sorted = [...values].sort((a, b) => a.value - b.value);
  // The 0-based positions of the middle value(s) in the repeated list.
  const upper = Math.floor(total / 2);
  const lower = total % 2 === 1 ? upper : upper - 1;
  let seen = 0;
  let lowerValue: number | null = null;
  for (const v of sorted) {
    if (v.weight <= 0) continue;
    seen += v.weight;
    if (lowerValue === null && seen > lower) lowerValue = v.value;
    if (seen > upper) return (lowerValue! + v.value) / 2;
  }
  return lowerValue;
}

function share(judged: number, onTime: number): ShareFigure {
  return { judged, onTime, share: judged === 0 ? null : onTime / judged };
}

/** All the figures for one set of questions (see the rules at the top of this file). */
export function summariseAnswerTimes(rows: readonly AnswerTimeInput[], today: Date): AnswerTimeSummary {
  const days: { value: number; weight: number }[] = [];
  let questions = 0;
  let answered = 0;
  let overdue = 0;
  let judged = 0;
  let onTime = 0;
  let namedJudged = 0;
  let namedOnTime = 0;
  for (const q of rows) {
    if (q.withdrawn) continue;
    const n = q.count ?? 1;
    questions += n;
    const d = daysToAnswer(q);
    if (d !== null) {
      days.push({ value: d, weight: n });
      answered += n;
    }
    const verdict = answeredOnTime(q, today);
    if (verdict === null) continue;
    if (!q.dateAnswered) overdue += n;
    judged += n;
    if (verdict) onTime += n;
    if (q.isNamedDay) {
      namedJudged += n;
      if (verdict) namedOnTime += n;
    }
  }
  return {
    questions,
    answered,
    overdue,
    medianDays: weightedMedian(days),
    onTime: share(judged, onTime),
    namedDay: share(namedJudged, namedOnTime),
  };
}

/**
 * The same figures for each month questions fell due, oldest first. Months between the first and the
 * last with no questions are included (with nulls), so a chart's gaps are real gaps.
 */
export function answerTimesByMonth(rows: readonly AnswerTimeInput[], today: Date): MonthlyAnswerTimes[] {
  const byMonth = new Map<string, AnswerTimeInput[]>();
  for (const q of rows) {
    if (q.withdrawn) continue;
    const month = toIsoMonth(q.dateDue);
    const list = byMonth.get(month);
    if (list) list.push(q);
    else byMonth.set(month, [q]);
  }
  if (byMonth.size === 0) return [];
  const months = [...byMonth.keys()].sort();
  return monthsBetween(months[0]!, months[months.length - 1]!).map((month) => ({
    month,
    ...summariseAnswerTimes(byMonth.get(month) ?? [], today),
  }));
}

/** "62%" or "—" when nothing could be judged. */
export function formatShare(figure: ShareFigure): string {
  return figure.share === null ? '—' : `${Math.round(figure.share * 100)}%`;
}

/** "4 days", "4.5 days", or "—" when nothing was answered. */
export function formatMedianDays(days: number | null): string {
  if (days === null) return '—';
  return `${Number.isInteger(days) ? days : days.toFixed(1)} ${days === 1 ? 'day' : 'days'}`;
}
