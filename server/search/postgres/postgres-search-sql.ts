/**
 * SQL text for question searches on PostgreSQL (run by postgres-search.ts): which questions a view
 * holds (filters, search words) and in what order. The same views and orders as SQLite's
 * sqlite-search-sql.ts; PostgreSQL has no FTS side table to lead the join, so every condition is on
 * "Question" q itself and the planner combines the GIN lookups with the btree indexes.
 */
import { statusCondition } from '@/lib/question-status';
import { columnSortOrder } from '../column-sort-order';
import type { DateRange, SearchPlan } from '../types';
import { Params, type PgSql } from './postgres-pool';
import { textConditions } from './postgres-tsquery';

/**
 * Relevance ranks the newest this-many matches, as on SQLite (RANK_WINDOW in sqlite-rank-sql.ts):
 * ts_rank reads each match's whole vector (~3 s for a word in half of a million questions).
 */
export { RANK_WINDOW } from '../sqlite/sqlite-rank-sql';

function range(column: string, dates: DateRange, p: Params, where: string[]): void {
  if (dates.from) where.push(`${column} >= ${p.timestamp(dates.from)}`);
  if (dates.to) where.push(`${column} <= ${p.timestamp(dates.to)}`);
}

/**
 * `column` is one of `values`: plain `=` for one value, which lets an index on (column, dateTabled, id)
 * give the table's order (PostgreSQL 15 reads `= ANY(array)` on an index's first column unordered).
 */
function oneOf(column: string, values: readonly unknown[], type: string, p: Params): string {
  return values.length === 1 ? `${column} = ${p.add(values[0])}::${type}` : `${column} = ANY(${p.add(values)}::${type}[])`;
}

/** Conditions on Question `q` for the plan's filters (not its words). */
export function filterConditions(plan: Pick<SearchPlan, 'filters' | 'today'>, p: Params): string[] {
  const f = plan.filters;
  const where: string[] = [];
  if (f.houses.length > 0) where.push(oneOf('q."house"', f.houses, '"House"', p));
  if (f.askingMemberIds.length > 0) where.push(oneOf('q."askingMemberId"', f.askingMemberIds, 'int', p));
  if (f.departmentIds.length > 0) where.push(oneOf('q."departmentId"', f.departmentIds, 'int', p));
  if (f.partyIds.length > 0) where.push(`q."askingMemberId" IN (SELECT m."id" FROM "Member" m WHERE m."partyId" = ANY(${p.add(f.partyIds)}::int[]))`);
  if (f.uins.length > 0) where.push(`q."uin" = ANY(${p.add(f.uins)}::text[])`);
  if (f.answeringMemberIds.length > 0) {
    where.push(`EXISTS (SELECT 1 FROM "AnswerVersion" a WHERE a."questionId" = q."id" AND a."answeringMemberId" = ANY(${p.add(f.answeringMemberIds)}::int[]))`);
  }
  if (f.topicIds.length > 0) where.push(`EXISTS (SELECT 1 FROM "QuestionTopic" t WHERE t."questionId" = q."id" AND t."topicId" = ANY(${p.add(f.topicIds)}::int[]))`);
  if (f.statuses.length > 0) {
    const parts = f.statuses.map((status) => {
      const c = statusCondition(status, plan.today);
      const state = `q."state" = ${p.add(c.state)}::"QuestionState"`;
      if (c.dueBefore) return `(${state} AND q."dateDue" < ${p.timestamp(c.dueBefore)})`;
      if (c.dueOnOrAfter) return `(${state} AND q."dateDue" >= ${p.timestamp(c.dueOnOrAfter)})`;
      return state;
    });
    where.push(parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`);
  }
  if (f.namedDay !== undefined) where.push(`q."isNamedDay" = ${f.namedDay ? 'true' : 'false'}`);
  if (f.hasCoverage !== undefined) where.push(`${f.hasCoverage ? '' : 'NOT '}EXISTS (SELECT 1 FROM "CoverageQuestion" c WHERE c."questionId" = q."id")`);
  if (f.citesMeeting !== undefined) {
    where.push(`${f.citesMeeting ? '' : 'NOT '}EXISTS (SELECT 1 FROM "AnswerVersion" a JOIN "AnswerMeeting" am ON am."answerId" = a."id" WHERE a."questionId" = q."id")`);
  }
  if (f.maxId !== undefined) where.push(`q."id" <= ${p.add(f.maxId)}`);
  range('q."dateTabled"', f.tabled, p, where);
  range('q."dateAnswered"', f.answered, p, where);
  range('q."dateDue"', f.due, p, where);
  return where;
}

/** ORDER BY (and the joins it needs) for the plan's sort: column-sort-order.ts's, or status as sqlite-search-sql.ts orders it. */
function order(plan: SearchPlan, p: Params): { joins: string; order: string } {
  const d = plan.dir === 'asc' ? 'ASC' : 'DESC';
  const shared = columnSortOrder(plan);
  if (shared) return shared;
  switch (plan.sort) {
    case 'status': {
      // Most urgent first (overdue, awaiting, holding, answered, corrected, withdrawn), each group in its useful order.
      const today = p.timestamp(plan.today);
      const rank = `(CASE WHEN q."state" = 'AWAITING' AND q."dateDue" < ${today} THEN 0 WHEN q."state" = 'AWAITING' THEN 1
        WHEN q."state" = 'HOLDING' THEN 2 WHEN q."state" = 'ANSWERED' THEN 3 WHEN q."state" = 'CORRECTED' THEN 4 ELSE 5 END)`;
      return { joins: '', order: `${rank} ${d}, CASE WHEN ${rank} <= 2 THEN q."dateDue" END ASC, CASE WHEN ${rank} IN (3, 4) THEN q."dateAnswered" END DESC NULLS LAST,
        CASE WHEN ${rank} = 5 THEN q."dateTabled" END DESC, CASE WHEN ${rank} <= 2 THEN q."id" ELSE -q."id" END ASC` };
    }
    default:
      throw new Error(`No order for the sort ${plan.sort}.`);
  }
}

/** The view's conditions: its filters and, when searching, its words; `rank` when it has words. */
function conditions(plan: Pick<SearchPlan, 'filters' | 'today' | 'text'>, p: Params): { where: string; rank: (() => string) | null } {
  const text = plan.text ? textConditions(plan.text, p) : null;
  const all = [...(text?.where ?? []), ...filterConditions(plan, p)];
  return { where: all.length > 0 ? `WHERE ${all.join(' AND ')}` : '', rank: text?.rank ?? null };
}

export function countSql(plan: Pick<SearchPlan, 'filters' | 'today' | 'text'>): PgSql {
  const p = new Params();
  const { where } = conditions(plan, p);
  return { text: `SELECT count(*) AS n FROM "Question" q ${where}`, values: p.values };
}

/**
 * The question ids of a page in the view's order; `limit` null for every one (exports). Relevance ranks
 * the newest `rankWindow` matches (a subquery with its own ORDER BY and LIMIT) and sorts those by score,
 * ties newest first; without words it is date order. `total`, when already known (the count cache),
 * tells whether the window cuts anything.
 */
export function pageIdsSql(plan: Omit<SearchPlan, 'limit'> & { limit: number | null }, rankWindow: number, total?: number): PgSql {
  const p = new Params();
  const { where, rank } = conditions(plan, p);
  const page = `LIMIT ${plan.limit === null ? 'ALL' : p.add(plan.limit)} OFFSET ${p.add(plan.offset)}`;
  if (plan.sort === 'relevance' && rank !== null && total !== undefined && total <= rankWindow) {
    // Every match is in the window: the same order without first sorting every match newest first to
    // cut it, so the scores go straight into the page's top-N sort (a member's name, 37,542 matches at a
    // million questions: 77 → 65 ms).
    return { text: `SELECT q."id" FROM "Question" q ${where} ORDER BY ${rank()} DESC, q."dateTabled" DESC, q."id" DESC ${page}`, values: p.values };
  }
  if (plan.sort === 'relevance' && rank !== null) {
    return {
      text: `SELECT w."id" FROM (SELECT q."id", q."dateTabled", ${rank()} AS r FROM "Question" q ${where} ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT ${p.add(rankWindow)}) w
        ORDER BY w.r DESC, w."dateTabled" DESC, w."id" DESC ${page}`,
      values: p.values,
    };
  }
  if (plan.sort === 'status' && rank === null) return statusPageSql(plan);
  const { joins, order: by } = order({ ...plan, limit: 0 }, p);
  return { text: `SELECT q."id" FROM "Question" q ${joins} ${where} ORDER BY ${by} ${page}`, values: p.values };
}

/**
 * The status sort without search words, one group at a time (the order() CASE sorts every question):
 * each group is read through its (state, …) index in its own order, no further than the page's end,
 * and the groups follow each other in the direction's order. The same order as order()'s CASE, which
 * the search-words case and SQLite's statusSegments use.
 */
function statusPageSql(plan: Omit<SearchPlan, 'limit'> & { limit: number | null }): PgSql {
  const p = new Params();
  const today = p.timestamp(plan.today);
  const dueSoonest = 'q."dateDue" ASC, q."id" ASC';
  // Latest answer first, questions without a date last: two slices, so each reads the (state, dateAnswered)
  // index backwards (an index gives DESC with NULLs first; NULLS LAST would sort the whole group).
  const answered = (state: string) => [
    [`q."state" = '${state}' AND q."dateAnswered" IS NOT NULL`, 'q."dateAnswered" DESC, q."id" DESC'],
    // Usually none: read through a partial index of exactly these (postgres_search migration), as the
    // planner, guessing from each column alone, would otherwise scan the table or walk the primary key.
    [`q."state" = '${state}' AND q."dateAnswered" IS NULL`, 'q."id" DESC'],
  ];
  const groups: string[][][] = [
    [[`q."state" = 'AWAITING' AND q."dateDue" < ${today}`, dueSoonest]],
    [[`q."state" = 'AWAITING' AND q."dateDue" >= ${today}`, dueSoonest]],
    [[`q."state" = 'HOLDING'`, dueSoonest]],
    answered('ANSWERED'),
    answered('CORRECTED'),
    [[`q."state" = 'WITHDRAWN'`, 'q."dateTabled" DESC, q."id" DESC']],
  ];
  if (plan.dir === 'desc') groups.reverse();
  const upTo = plan.limit === null ? 'ALL' : p.add(plan.offset + plan.limit);
  const parts = groups.flat().map(([condition, by], g) => {
    const where = [...filterConditions(plan, p), condition].join(' AND ');
    return `(SELECT q."id", ${g} AS g, row_number() OVER (ORDER BY ${by}) AS n FROM "Question" q WHERE ${where} ORDER BY ${by} LIMIT ${upTo})`;
  });
  const page = `LIMIT ${plan.limit === null ? 'ALL' : p.add(plan.limit)} OFFSET ${p.add(plan.offset)}`;
  return { text: `SELECT s."id" FROM (${parts.join(' UNION ALL ')}) s ORDER BY s.g, s.n ${page}`, values: p.values };
}
