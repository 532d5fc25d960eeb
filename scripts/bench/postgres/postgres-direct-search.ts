/**
 * The benchmark's yardstick on PostgreSQL (scripts/bench/sqlite/sqlite-direct-search.ts is SQLite's): the same top-25
 * search written by hand, as the fastest plain SQL for the same output that we know: the count on a
 * second connection from the start, while the first makes the whole page in one statement (the page's
 * ids, ranked inside the newest RANK_WINDOW matches or in date order, their table columns and their
 * ts_headline snippets), each statement parsed once (named) and planned for each run's word (the pools'
 * plan_cache_mode, postgres-bench-search.ts). What it leaves out is the app's own work:
 * parsing the URL and the search syntax, resolving names, building SQL, one snapshot for page and
 * count, the deadline's statement_timeout, mapping rows to DTOs.
 */
import type pg from 'pg';
import { RANK_WINDOW } from '../../../server/search/sqlite/sqlite-rank-sql';

export interface PostgresDirectQuery {
  /** to_tsquery text (answerable_english) matched against "searchDocument", written by hand. */
  tsquery: string;
  /**
   * heading: and question: words: to_tsquery text matched against the headings' or question texts' own
   * index (postgres_search_heading, _question) instead of `tsquery` against "searchDocument"; `tsquery`
   * (with the field's weight) still ranks and marks.
   */
  field?: { column: 'heading' | 'text'; tsquery: string };
  order: 'rank' | 'date';
  /** Conditions on Question `q` for the query's filters; `$2`, `$3`… are `params`. */
  where?: string;
  params?: unknown[];
}

const CONFIG = "'answerable_english'";
const WEIGHTS = "'{0.1, 0.1, 0.25, 1.0}'";
const HEADING = 'StartSel=\u0002, StopSel=\u0003, HighlightAll=true';
const BODY = 'StartSel=\u0002, StopSel=\u0003, MaxWords=28, MinWords=14, ShortWord=0';

const names = new Map<string, string>();
/** A name for the statement `text`, so node-postgres prepares it once per connection. */
function named(text: string): { name: string; text: string } {
  let name = names.get(text);
  if (!name) {
    name = `direct_${names.size}`;
    names.set(text, name);
  }
  return { name, text };
}

/**
 * The matching condition: $1 against "searchDocument", or a field's words against its index: `$1`
 * in the count (which needs no other tsquery), the value after `params` in the page (which ranks with $1).
 */
function whereSql(query: PostgresDirectQuery, forCount = false): string {
  const match = query.field
    ? `to_tsvector('answerable_english'::regconfig, q."${query.field.column}") @@ to_tsquery(${CONFIG}, $${forCount ? 1 : 2 + (query.params ?? []).length})`
    : `q."searchDocument" @@ to_tsquery(${CONFIG}, $1)`;
  return `${match}${query.where ? ` AND ${query.where}` : ''}`;
}

function pageSql(query: PostgresDirectQuery): string {
  const where = whereSql(query);
  const ids =
    query.order === 'rank'
      ? `SELECT w."id", row_number() OVER (ORDER BY w.r DESC, w."dateTabled" DESC, w."id" DESC) AS n
           FROM (SELECT q."id", q."dateTabled", ts_rank(${WEIGHTS}, q."searchDocument", to_tsquery(${CONFIG}, $1), 1) AS r
                   FROM "Question" q WHERE ${where} ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT ${RANK_WINDOW}) w
          ORDER BY w.r DESC, w."dateTabled" DESC, w."id" DESC LIMIT 25`
      : `SELECT q."id", row_number() OVER (ORDER BY q."dateTabled" DESC, q."id" DESC) AS n
           FROM "Question" q WHERE ${where} ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT 25`;
  const headline = (column: string, options: string) =>
    `CASE WHEN to_tsvector(${CONFIG}, ${column}) @@ to_tsquery(${CONFIG}, $1) THEN ts_headline(${CONFIG}, ${column}, to_tsquery(${CONFIG}, $1), '${options}') END`;
  return `WITH page AS (${ids})
    SELECT q."id", q."house", q."uin", q."dateTabled", q."dateDue", q."dateAnswered", q."daysToAnswer", q."state", q."heading",
      am."displayName", am."slug", d."name", d."slug",
      ${headline('q."heading"', HEADING)} AS h, ${headline('q."text"', BODY)} AS qs, ${headline('ans."text"', BODY)} AS a
    FROM page JOIN "Question" q ON q."id" = page."id"
    JOIN "Member" am ON am."id" = q."askingMemberId" JOIN "Department" d ON d."id" = q."departmentId"
    LEFT JOIN LATERAL (SELECT string_agg(v."textPlain", E'\\n' ORDER BY v."sequence") AS "text" FROM "AnswerVersion" v WHERE v."questionId" = q."id") ans ON true
    ORDER BY page.n`;
}

/** Top 25 with snippets and the total: the count on `countPool`, the page on `pool`, side by side. */
export async function postgresDirectSearch(pool: pg.Pool, countPool: pg.Pool, query: PostgresDirectQuery): Promise<{ total: number; rows: unknown[] }> {
  const params = query.params ?? [];
  const values = [query.tsquery, ...params, ...(query.field ? [query.field.tsquery] : [])];
  const counting = countPool.query({ ...named(`SELECT count(*) AS n FROM "Question" q WHERE ${whereSql(query, true)}`), values: [query.field?.tsquery ?? query.tsquery, ...params] });
  const page = await pool.query({ ...named(pageSql(query)), values });
  return { total: Number((await counting).rows[0]?.n ?? 0), rows: page.rows };
}
