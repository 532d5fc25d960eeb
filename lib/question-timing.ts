/**
 * The plain-English facts about timing that readers of a question want at a glance: how long the
 * answer took, whether it came late, how long a meeting came before it. Lower-case phrases, so they
 * read inside a sentence or, through `sentenceCase`, on their own.
 */
import { daysBetween, formatDate, formatDays } from './dates';

/** "4 days late", "on the due date", "2 days early". */
export function describeLateness(dateDue: Date, on: Date): string {
  const days = daysBetween(dateDue, on);
  if (days === 0) return 'on the due date';
  return `${formatDays(days)} ${days > 0 ? 'late' : 'early'}`;
}

/** "9 days after tabling", "on the day it was tabled". */
export function describeSinceTabling(dateTabled: Date, on: Date): string {
  const days = daysBetween(dateTabled, on);
  if (days === 0) return 'on the day it was tabled';
  if (days < 0) return `${formatDays(days)} before it was tabled`;
  return `${formatDays(days)} after tabling`;
}

/** "9 days after tabling, 4 days late": how an answer (of any kind) fared against the due date. */
export function describeAnswerTiming(q: { dateTabled: Date; dateDue: Date }, answeredOn: Date): string {
  return `${describeSinceTabling(q.dateTabled, answeredOn)}, ${describeLateness(q.dateDue, answeredOn)}`;
}

/**
 * Where `date` falls relative to a reference event: "2 days before the answer", "1 day after the
 * answer", "on the day of the answer" (with `what` = "the answer").
 */
export function describeRelative(date: Date, reference: Date, what: string): string {
  const days = daysBetween(reference, date);
  if (days === 0) return `on the day of ${what}`;
  return `${formatDays(days)} ${days < 0 ? 'before' : 'after'} ${what}`;
}

/**
 * How an unanswered question stands today: "waiting 12 days, 5 days overdue", "waiting 3 days, due in
 * 2 days", "waiting 7 days, due today".
 */
export function describeWaiting(q: { dateTabled: Date; dateDue: Date }, today: Date): string {
  const waiting = `waiting ${formatDays(daysBetween(q.dateTabled, today))}`;
  const toDue = daysBetween(today, q.dateDue);
  if (toDue === 0) return `${waiting}, due today`;
  if (toDue > 0) return `${waiting}, due in ${formatDays(toDue)}`;
  return `${waiting}, ${formatDays(toDue)} overdue`;
}

/** "the answer of 20 March 2025" */
export function answerOf(date: Date): string {
  return `the answer of ${formatDate(date)}`;
}

export function sentenceCase(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
