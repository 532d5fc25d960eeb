/**
 * Filters the FTS5 index applies itself, with search words: its hidden tags column holds exact tokens
 * (department d<id>, House h<house>, asking member m<id>, party p<id>: the filter-tags migration;
 * s<state> for every question and due<day>, the due date in days since 1970, for AWAITING ones:
 * prisma/migrations/*_question_search_status_tags), so a filter is a doclist intersection inside
 * FTS5 instead of a Question lookup for every match.
 *
 * "Overdue" moves with today, so it is not a tag:
 * awaiting questions due from today on are few and fall on a handful of days, so
 *
 *   overdue  = sawaiting, less due<one of those days>
 *   awaiting = due<one of those days>            (only awaiting questions carry due tags)
 *
 * The days are listed by dueDaysSql, a seek per distinct day.
 */
import { statusCondition, type QuestionStatus } from '@/lib/question-status';
import type { Sql } from './sqlite-search-sql';
import type { SearchPlan } from '../types';

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
 * The status filter as tags-column expressions: questions with an `include` tag, less those with an
 * `exclude` tag. `dueDays` is what dueDaysSql returned (only read when needsDueDays). Null when there
 * is no status filter. Overdue's exclusion (the due days from today on) can apply to the whole match
 * because only awaiting questions carry due tags, whatever other statuses are chosen; applied last,
 * FTS5 tests it only on what the words and other tags already matched (a third faster than
 * `sawaiting NOT due…` inside the AND).
 */
export function statusTags(statuses: readonly QuestionStatus[], dueDays: readonly number[]): { include: string; exclude: string | null } | null {
  if (statuses.length === 0) return null;
  const awaiting = statuses.includes('awaiting');
  const overdue = statuses.includes('overdue');
  const states = new Set(statuses.filter((s) => s !== 'awaiting' && s !== 'overdue').map((s) => `s${statusCondition(s).state.toLowerCase()}`));
  if (overdue) states.add('sawaiting');
  const due = quoted(dueDays.map((day) => `due${day}`));
  const include = [...(states.size > 0 ? [quoted([...states])] : []), ...(awaiting && !overdue && due ? [due] : [])];
  return { include: include.length > 0 ? include.join(' OR ') : NO_QUESTION, exclude: overdue && !awaiting && due ? due : null };
}

/**
 * The search's MATCH with the filters the index holds as tags, each group ANDed with the words.
 * `dueDays` is dueDaysSql's answer when needsDueDays(statuses).
 */
export function withFilterTags(match: string, plan: Pick<SearchPlan, 'filters'>, dueDays: readonly number[] = []): string {
  const f = plan.filters;
  const groups = [
    f.departmentIds.map((id) => `d${id}`),
    f.houses.map((house) => `h${house.toLowerCase()}`),
    f.askingMemberIds.map((id) => `m${id}`),
    f.partyIds.map((id) => `p${id}`),
  ]
    .filter((tags) => tags.length > 0)
    .map(quoted);
  const status = statusTags(f.statuses, dueDays);
  if (status) groups.push(status.include);
  if (groups.length === 0) return match;
  const tagged = [`(${match})`, ...groups.map((expression) => `{tags} : (${expression})`)].join(' AND ');
  // NOT binds tighter than AND in FTS5: the brackets make the exclusion apply to the whole match.
  return status?.exclude ? `(${tagged}) NOT {tags} : (${status.exclude})` : tagged;
}
