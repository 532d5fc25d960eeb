/**
 * Snippets for a page of SQLite search results (split from sqlite-search.ts): a private in-memory
 * FTS5 table with the index's columns and tokenizer, filled with the page's documents only.
 */
import type Database from 'better-sqlite3';
import { SNIPPET_MARKS, type RawSnippets } from '../types';

const SNIPPET_TABLE = 'question_snippet';
const SNIPPET_TOKENS = 28;

/** Creates the temporary table on a connection (once; it lives as long as the connection). */
export function createSnippetTable(db: Database.Database): void {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'question_search'").get() as { sql: string } | undefined;
  if (!row) throw new Error('The question_search index is missing: run npm run db:deploy.');
  const tokenize = /tokenize\s*=\s*'([^']*)'/i.exec(row.sql)?.[1] ?? 'porter unicode61 remove_diacritics 2';
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${SNIPPET_TABLE} USING fts5(heading, question, answer, asker, answerer, department, meeting, tokenize = '${tokenize.replaceAll("'", "''")}')`,
  );
}

/**
 * Snippets for the page only: the page's documents go into the temporary FTS5 table and the same
 * MATCH runs there, so highlight()/snippet() mark exactly what the index matched. `statement`
 * prepares (and caches) a statement on the search's connection.
 */
export function pageSnippets(statement: (sql: string) => Database.Statement, ids: number[], match: string): Map<number, RawSnippets> {
  const { start, end } = SNIPPET_MARKS;
  statement(`DELETE FROM temp.${SNIPPET_TABLE}`).run();
  statement(
    `INSERT INTO temp.${SNIPPET_TABLE} (rowid, heading, question, answer, asker, answerer, department, meeting)
     SELECT "questionId", "heading", "question", "answer", "asker", "answerer", "department", "meeting"
     FROM main.question_search_source WHERE "questionId" IN (${ids.map(() => '?').join(', ')})`,
  ).run(...ids);
  const rows = statement(
    `SELECT rowid AS id,
      highlight(${SNIPPET_TABLE}, 0, ?, ?) AS heading,
      snippet(${SNIPPET_TABLE}, 1, ?, ?, '…', ${SNIPPET_TOKENS}) AS question,
      snippet(${SNIPPET_TABLE}, 2, ?, ?, '…', ${SNIPPET_TOKENS}) AS answer
     FROM temp.${SNIPPET_TABLE} WHERE ${SNIPPET_TABLE} MATCH ?`,
  ).all(start, end, start, end, start, end, match) as { id: number; heading: string | null; question: string | null; answer: string | null }[];
  statement(`DELETE FROM temp.${SNIPPET_TABLE}`).run();
  const marked = (text: string | null) => (text && text.includes(start) ? text : null);
  return new Map(rows.map((r) => [Number(r.id), { heading: marked(r.heading), question: marked(r.question), answer: marked(r.answer) }]));
}
