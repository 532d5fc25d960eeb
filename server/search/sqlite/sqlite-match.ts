/**
 * The FTS5 MATCH string for a parsed search (lib/search/parse-query.ts). Every term is emitted as a
 * double-quoted FTS5 string (quotes doubled inside), so no user text is ever read as FTS5 syntax:
 * operators, column filters and prefix stars are only ever the ones written here.
 */
import type { ParsedSearch, SearchTerm, TextField } from '@/lib/search/parse-query';

/** Columns of the question_search index each field word searches (see its migration). */
const FIELD_COLUMNS: Record<TextField, string[]> = {
  heading: ['heading'],
  question: ['question'],
  answer: ['answer'],
  member: ['asker', 'answerer'],
  asker: ['asker'],
  answerer: ['answerer'],
  department: ['department'],
  meeting: ['meeting'],
};

export function quoteFts5(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function termToMatch(term: SearchTerm): string {
  const phrase = quoteFts5(term.text) + (term.kind === 'prefix' ? '*' : '');
  return term.field ? `{${FIELD_COLUMNS[term.field].join(' ')}} : ${phrase}` : phrase;
}

function anyOf(terms: SearchTerm[]): string {
  const parts = terms.map(termToMatch);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/** The MATCH expression, or null when the search has no terms to match (filters only, or empty). */
export function toFts5Match(query: ParsedSearch): string | null {
  if (query.clauses.length === 0) return null;
  const positive = query.clauses.map(anyOf).join(' AND ');
  if (query.excluded.length === 0) return positive;
  return `${query.clauses.length > 1 ? `(${positive})` : positive} NOT ${anyOf(query.excluded)}`;
}
