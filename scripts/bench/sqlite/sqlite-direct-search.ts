/**
 * The benchmark's yardstick: the same top-25 search done directly through better-sqlite3 with
 * hand-written SQL, statements prepared once. Ranked (or date-ordered) inside the FTS5 index with the
 * Question join only where a filter needs it, count(*), then the 25 rows and their snippets made the
 * way the app makes them (the index is contentless, so snippet() needs the documents: a temporary
 * FTS5 table of the page; ranking the newest RANK_WINDOW matches, as the app does). What it leaves out is the app's own work: parsing the URL and the search
 * syntax, resolving names, building SQL, mapping rows to DTOs.
 */
import type Database from 'better-sqlite3';
import type { SqliteCountWorker } from '../../../server/search/sqlite/sqlite-count-worker';
import { RANK_WINDOW } from '../../../server/search/sqlite/sqlite-rank-sql';

export interface DirectQuery {
  /** An FTS5 expression, written by hand; a function when it needs the database each time (due days). */
  match: string | ((db: Database.Database) => string);
  order: 'rank' | 'date';
  /**
   * For a ranked query with filter tags whose words match few questions: rank a MATCH of these words
   * alone and keep the rows `match` finds by rowid (bm25 would otherwise read the tags' whole doclists).
   */
  rankWords?: string;
  /** Conditions on Question `q`, when the query has filters. */
  where?: string;
  params?: (string | number)[];
}

const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.direct_snippet USING fts5(heading, question, answer, asker, answerer, department, meeting, tags, tokenize = 'porter unicode61 remove_diacritics 2')");
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

/**
 * The count runs on a second thread (`counter`, a connection of its own) from the start, while this
 * thread ranks and fetches the page: the fastest way to have both on two cores.
 */
export async function directSearch(db: Database.Database, query: DirectQuery, counter: SqliteCountWorker): Promise<{ ids: number[]; total: number; rows: unknown[]; snippets: unknown[] }> {
  const from = query.where?.includes('q.') ? 'question_search f CROSS JOIN "Question" q ON q."id" = (f."rowid" & 4294967295)' : 'question_search f';
  const where = `f.question_search MATCH ?${query.where ? ` AND ${query.where}` : ''}`;
  const match = typeof query.match === 'function' ? query.match(db) : query.match;
  // bm25 spelled out (the index's weights), not `rank`: FTS5's rank shortcut ignores the rowid window.
  const order = query.order === 'rank' ? 'bm25(question_search, 10.0, 2.5, 1.0, 2.0, 1.0, 1.0, 1.0, 0.0)' : 'f."rowid" DESC';
  const params = [match, ...(query.params ?? [])];
  const counting = counter.count({ text: `SELECT count(*) AS n FROM ${from} WHERE ${where}`, params });
  // Ranked: the newest RANK_WINDOW matches, scored inside FTS5 and sorted outside (the app's formulation).
  const keys = (
    query.rankWords !== undefined && query.order === 'rank'
      ? statement(db, `SELECT f."rowid" AS k FROM ${from} WHERE ${where} AND +f."rowid" IN (SELECT g."rowid" FROM question_search g WHERE g.question_search MATCH ?) ORDER BY ${order} LIMIT 25`).all(query.rankWords, ...(query.params ?? []), match)
      : query.order === 'rank'
        ? statement(db, `SELECT w.k FROM (SELECT f."rowid" AS k, ${order} AS r FROM ${from} WHERE ${where} ORDER BY f."rowid" DESC LIMIT ${RANK_WINDOW}) w ORDER BY w.r, w.k DESC LIMIT 25`).all(...params)
        : statement(db, `SELECT f."rowid" AS k FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT 25`).all(...params)
  ) as { k: number }[];
  const ids = keys.map((r) => r.k % 4294967296);
  const list = ids.map(() => '?').join(',') || 'NULL';
  const rows = statement(
    db,
    `SELECT q."id", q."house", q."uin", q."dateTabled", q."dateDue", q."dateAnswered", q."daysToAnswer", q."state", q."heading",
       am."displayName", am."slug", d."name", d."slug"
     FROM "Question" q JOIN "Member" am ON am."id" = q."askingMemberId" JOIN "Department" d ON d."id" = q."departmentId"
     WHERE q."id" IN (${list})`,
  ).all(...ids);
  statement(db, 'DELETE FROM temp.direct_snippet').run();
  statement(
    db,
    `INSERT INTO temp.direct_snippet (rowid, heading, question, answer, asker, answerer, department, meeting, tags)
     SELECT "questionId", "heading", "question", "answer", "asker", "answerer", "department", "meeting", "tags" FROM main.question_search_source WHERE "questionId" IN (${list})`,
  ).run(...ids);
  const snippets = statement(
    db,
    `SELECT rowid, highlight(direct_snippet, 0, '[', ']'), snippet(direct_snippet, 1, '[', ']', '…', 28), snippet(direct_snippet, 2, '[', ']', '…', 28)
     FROM temp.direct_snippet WHERE direct_snippet MATCH ?`,
  ).all(match);
  return { ids, total: await counting, rows, snippets };
}
