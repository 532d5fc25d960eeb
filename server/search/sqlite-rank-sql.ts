/**
 * Relevance ranking on SQLite: bm25 inside FTS5, and the two things that bound its cost.
 */
import { textParts, type Sql } from './sqlite-search-sql';
import type { SearchPlan } from './types';

/**
 * Ranking computes bm25 for every match (about a microsecond each), so a word in half of all
 * questions costs a second. Beyond this many matches, relevance ranks the newest RANK_WINDOW of them
 * (the page says so); counts, date order and exports still cover every match.
 */
export const RANK_WINDOW = 50_000;

/** The document key of the RANK_WINDOW-th newest match: ranking starts there when there are more. */
export function rankWindowSql(plan: SearchPlan, match: string, window = RANK_WINDOW): Sql {
  const parts = textParts(plan, match, false);
  return { text: `SELECT f."rowid" AS k FROM ${parts.from} WHERE ${parts.where} ORDER BY f."rowid" DESC LIMIT 1 OFFSET ?`, params: [...parts.params, window - 1] };
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
