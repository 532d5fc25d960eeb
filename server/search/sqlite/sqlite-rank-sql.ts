/**
 * Relevance ranking on SQLite: bm25 inside FTS5, and the two things that bound its cost.
 */
import type { Sql, SqlParam } from './sqlite-search-sql';

/**
 * Ranking computes bm25 for every match (about half a microsecond each, after bm25 has read the
 * words' whole doclists once to weigh them), so a word in half of all questions would cost a quarter
 * of a second. Relevance ranks the newest RANK_WINDOW matches (the page says so when there are more);
 * counts, date order and exports still cover every match.
 */
export const RANK_WINDOW = 50_000;

/**
 * A relevance page within the rank window: the inner query walks the matches newest first inside
 * FTS5 and stops after `window` (a few ms for 50,000), scoring each; the outer one sorts those scores.
 * One statement: no separate query for the window's oldest key. The subquery has its own ORDER BY
 * and LIMIT, so SQLite cannot flatten it into the outer sort.
 */
export function windowedRankSql(parts: { from: string; where: string; params: SqlParam[] }, relevance: string, window: number, page: { limit: number; offset: number }): Sql {
  return {
    text: `SELECT w.k FROM (SELECT f."rowid" AS k, ${relevance} AS r FROM ${parts.from} WHERE ${parts.where} ORDER BY f."rowid" DESC LIMIT ?) w ORDER BY w.r, w.k DESC LIMIT ? OFFSET ?`,
    params: [...parts.params, window, page.limit, page.offset],
  };
}

/**
 * The relevance order from the index's own rank setting ('bm25(10.0, 2.5, …)' in question_search_config,
 * set by the migration). Spelled out rather than `ORDER BY rank` because FTS5's rank shortcut ranks
 * every match even when a rowid range (the rank window) limits the rows.
 */
export function relevanceOrder(rankSetting: string | undefined): string {
  const weights = /^\s*bm25\(([\d.,\s]*)\)\s*$/.exec(rankSetting ?? '')?.[1]?.trim();
  return weights ? `bm25(question_search, ${weights})` : 'bm25(question_search)';
}

/**
 * bm25 first counts, for every phrase of the MATCH, the documents holding it, by reading the
 * phrase's whole doclist: the filter tags' too, though they weigh nothing (a status tag: a third of
 * all questions, ~10 ms). When the words alone match at most this many questions, the page ranks
 * a MATCH of the words and keeps the rows the tagged MATCH finds, looked up by rowid (~0.15 µs a
 * word match) instead: "cholera" with status overdue goes from 13 ms to 4.
 */
export const FEW_WORD_MATCHES = 20_000;

/** How many questions the words alone match, counted no further than `cap` (cheap for common words). */
export function wordMatchesSql(words: string, cap: number): Sql {
  return { text: 'SELECT count(*) AS n FROM (SELECT 1 FROM question_search f WHERE f.question_search MATCH ? LIMIT ?)', params: [words, cap] };
}
