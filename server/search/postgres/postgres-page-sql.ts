/**
 * A whole page of a PostgreSQL search in one statement: the page's ids in the view's order
 * (postgres-search-sql.ts's pageIdsSql, run once as an InitPlan whose ARRAY keeps its ORDER BY), their
 * table columns (postgres-records.ts) and, when searching, their snippets (postgres-snippets.ts). One
 * statement rather than three: each costs a round trip, a plan and (under a deadline) a
 * statement_timeout of its own, which at a rare word's few milliseconds were most of the search.
 */
import { Params, type PgSql } from './postgres-pool';
import { RECORD_COLUMNS, RECORD_JOINS } from './postgres-records';
import { pageIdsSql } from './postgres-search-sql';
import { snippetColumns } from './postgres-snippets';
import type { SearchPlan } from '../types';

/** `total`: the view's total when already known (pageIdsSql). */
export function pageSql(plan: SearchPlan, rankWindow: number, total?: number): PgSql {
  const ids = pageIdsSql(plan, rankWindow, total);
  const p = new Params();
  p.values.push(...ids.values);
  const snippets = plan.text && plan.text.clauses.length > 0 ? snippetColumns(plan.text, p) : null;
  return {
    text: `SELECT ${RECORD_COLUMNS}${snippets ? `, ${snippets.columns}` : ''}
      FROM unnest(ARRAY(${ids.text})) WITH ORDINALITY AS page("id", n)
      JOIN "Question" q ON q."id" = page."id"
      ${RECORD_JOINS} ${snippets?.joins ?? ''}
      ORDER BY page.n`,
    values: p.values,
  };
}
