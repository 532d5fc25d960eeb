/**
 * Status filters inside the FTS5 index (with search words). The index's hidden tags column holds
 * s<state> for every question and due<day> (the due date in days since 1970) for AWAITING ones (see
 * prisma/migrations/*_question_search_status_tags). "Overdue" moves with today, so it is not a tag:
 * awaiting questions due from today on are few and fall on a handful of days, so
 *
 *   overdue  = sawaiting NOT due<one of those days>
 *   awaiting = due<one of those days>            (only awaiting questions carry due tags)
 *
 * and a status filter is a doclist intersection FTS5 does itself, like the department filter, instead
 * of a Question lookup for every match. The days are listed by dueDaysSql, a seek per distinct day.
 */
import { statusCondition, type QuestionStatus } from '@/lib/question-status';
import type { Sql } from './sqlite-search-sql';

const DAY_MS = 86_400_000;

/** A tags-column token no question carries: the match for a status choice nothing can satisfy. */
const NO_QUESTION = '"snone"';

const quoted = (tags: readonly string[]) => tags.map((t) => `"${t}"`).join(' OR ');

/**
 * Whether the status filter needs the due days (awaiting without overdue, or overdue without
 * awaiting): both together, or neither, are plain state tags.
 */
export function needsDueDays(statuses: readonly QuestionStatus[]): boolean {
  return statuses.includes('awaiting') !== statuses.includes('overdue');
}

/**
 * The distinct due days (days since 1970) of AWAITING questions due on or after `today`, ascending:
 * a recursive "next larger due date" walk of the (state, dateDue) index, so its cost is one seek per
 * distinct day, however many questions fall due on each.
 */
export function dueDaysSql(today: Date): Sql {
  return {
    text: `WITH RECURSIVE due(v) AS (
        SELECT min(q."dateDue") FROM "Question" q WHERE q."state" = 'AWAITING' AND q."dateDue" >= ?
        UNION ALL
        SELECT (SELECT min(q."dateDue") FROM "Question" q WHERE q."state" = 'AWAITING' AND q."dateDue" > due.v) FROM due WHERE due.v IS NOT NULL
      ) SELECT v / ${DAY_MS} AS day FROM due WHERE v IS NOT NULL`,
    params: [statusCondition('awaiting', today).dueOnOrAfter!.getTime()],
  };
}

/**
 * The FTS5 expression (without its {tags} column filter) for questions in any of `statuses`;
 * `dueDays` is what dueDaysSql returned (only read when needsDueDays). Null when there is no status
 * filter.
 */
export function statusTagExpression(statuses: readonly QuestionStatus[], dueDays: readonly number[]): string | null {
  if (statuses.length === 0) return null;
  const awaiting = statuses.includes('awaiting');
  const overdue = statuses.includes('overdue');
  const states = new Set(statuses.filter((s) => s !== 'awaiting' && s !== 'overdue').map((s) => `s${statusCondition(s).state.toLowerCase()}`));
  if (awaiting && overdue) states.add('sawaiting');
  const parts = states.size > 0 ? [quoted([...states])] : [];
  const due = quoted(dueDays.map((day) => `due${day}`));
  if (awaiting && !overdue && due) parts.push(due);
  if (overdue && !awaiting) parts.push(due ? `("sawaiting" NOT (${due}))` : '"sawaiting"');
  return parts.length > 0 ? parts.join(' OR ') : NO_QUESTION;
}
