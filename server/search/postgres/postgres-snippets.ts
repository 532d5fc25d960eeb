/**
 * Snippets for a page of PostgreSQL search results: ts_headline, only for the page's questions (about
 * 0.2 ms a document, too costly for every match), with the same START/END marks the SQLite search puts
 * around matched words (SNIPPET_MARKS). The heading is marked whole; question and answer are cut to
 * about SNIPPET_WORDS words around the best match, with "…" where text was cut, as SQLite's snippet().
 */
import type { ParsedSearch } from '@/lib/search/parse-query';
import type { Params } from './postgres-pool';
import { snippetQueries, TS_CONFIG } from './postgres-tsquery';
import { SNIPPET_MARKS, type RawSnippets } from '../types';

const SNIPPET_WORDS = 28;
const { start, end } = SNIPPET_MARKS;
const HEADING_OPTIONS = `StartSel=${start}, StopSel=${end}, HighlightAll=true`;
const BODY_OPTIONS = `StartSel=${start}, StopSel=${end}, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, ShortWord=0`;

/**
 * The snippet columns (heading, question, answer, and the full texts readSnippets needs) for a
 * statement over Question `q`, with the join they need; their values go into `p`.
 */
export function snippetColumns(search: ParsedSearch, p: Params): { columns: string; joins: string } {
  // Only a part the words match in is marked: ts_headline alone would mark a phrase's words wherever
  // they stand, matched as a phrase or not. Whether they match there is read from the stored vector
  // (the part's weight), not by parsing the part's text once more.
  const headline = (column: string, part: 'heading' | 'question' | 'answer', options: string) => {
    const queries = snippetQueries(search, part);
    if (queries === null) return 'NULL';
    const tsquery = `to_tsquery(${TS_CONFIG}, ${p.add(queries.headline)})`;
    return `CASE WHEN q."searchDocument" @@ to_tsquery(${TS_CONFIG}, ${p.add(queries.match)}) THEN ts_headline(${TS_CONFIG}, ${column}, ${tsquery}, ${p.add(options)}) END`;
  };
  return {
    columns: `${headline('q."heading"', 'heading', HEADING_OPTIONS)} AS "snippetHeading", ${headline('q."text"', 'question', BODY_OPTIONS)} AS "snippetQuestion",
      ${headline('ans."text"', 'answer', BODY_OPTIONS)} AS "snippetAnswer", q."text" AS "fullQuestion", ans."text" AS "fullAnswer"`,
    joins: `LEFT JOIN LATERAL (SELECT string_agg(a."textPlain", E'\\n' ORDER BY a."sequence") AS "text" FROM "AnswerVersion" a WHERE a."questionId" = q."id") ans ON true`,
  };
}

/** "…" where the snippet starts after the text does or ends before it. */
function ellipsised(snippet: string, full: string): string {
  const plain = snippet.replaceAll(start, '').replaceAll(end, '').trim();
  const text = full.trim();
  return `${text.startsWith(plain) ? '' : '…'}${snippet.trim()}${text.endsWith(plain) ? '' : '…'}`;
}

/** The page's snippets by question id, from rows with snippetColumns; a part is null where none of the words matched in it. */
export function readSnippets(rows: Record<string, unknown>[]): Map<number, RawSnippets> {
  const marked = (text: unknown, full?: unknown) => {
    if (typeof text !== 'string' || !text.includes(start)) return null;
    return typeof full === 'string' ? ellipsised(text, full) : text;
  };
  return new Map(
    rows.map((row) => [
      Number(row.id),
      { heading: marked(row.snippetHeading), question: marked(row.snippetQuestion, row.fullQuestion), answer: marked(row.snippetAnswer, row.fullAnswer) },
    ]),
  );
}
