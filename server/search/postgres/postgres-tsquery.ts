/**
 * A parsed search (lib/search/parse-query.ts) as PostgreSQL full-text conditions on the two vectors the
 * postgres_search migration keeps on "Question" (read it for what each holds) and the headings' and
 * question texts' own indexes (postgres_search_heading, postgres_search_question).
 *
 * User text never reaches to_tsquery as syntax: every term becomes one single-quoted operand (quotes
 * doubled, backslashes escaped), which to_tsquery runs through the same parser and stemmer as the
 * documents; a quoted operand of several words becomes a phrase (`'joint' <-> 'product'`), as FTS5 reads
 * every term as a phrase. Operators (`&`, `|`, `!`, `<->`), prefixes (`:*`) and weights (`:A`) are only
 * ever the ones written here.
 *
 * Differences from SQLite's porter tokenizer, measured by the conformance suite
 * (server/search/search-conformance.test.ts): Snowball English stems a little differently from Porter
 * (the same for the common cases: procurement/procure, production/produce), and PostgreSQL's parser also
 * indexes a hyphenated word whole besides its parts.
 */
import type { ParsedSearch, SearchTerm, TextField } from '@/lib/search/parse-query';
import type { Params } from './postgres-pool';

/** The text search configuration of the index (postgres_search migration). */
export const TS_CONFIG = "'answerable_english'";

type Vector = 'document' | 'fields' | 'heading' | 'question' | 'answer';
const VECTORS = ['document', 'fields', 'heading', 'question', 'answer'] as const;
/**
 * `heading` is the expression the postgres_search_heading migration indexes, written exactly as there
 * (the planner uses an expression index only for the same expression): the heading's words, which are
 * exactly searchDocument's lexemes of weight A, in a GIN index that holds nothing else, so heading:x is
 * an exact lookup rather than every question with x anywhere re-checked for its weight.
 */
const COLUMN: Record<Vector, string> = {
  document: 'q."searchDocument"',
  fields: 'q."searchFields"',
  heading: `to_tsvector('answerable_english'::regconfig, q."heading")`,
  // The same for the question's text (postgres_search_question): weight B of searchDocument.
  question: `to_tsvector('answerable_english'::regconfig, q."text")`,
  // Each answer version's text (postgres_search_answer); not on q's row, so matched through answerMatch.
  answer: `to_tsvector('answerable_english'::regconfig, a."textPlain")`,
};

/**
 * answer: words through the answer versions' own index (postgres_search_answer): the questions with a
 * version holding the words, as an array of ids the primary key is read with (a semi-join plan would
 * scan every question to hash them). Exact for a single word or prefix: searchDocument's weight C is
 * to_tsvector of the versions' texts joined by line breaks, which hold the same lexemes as the versions
 * one by one. Not for a phrase, which there may run from one version into the next: phrases stay on
 * searchDocument (matchVectorOf).
 */
const answerMatch = (tsquery: string) =>
  `q."id" = ANY(ARRAY(SELECT a."questionId" FROM "AnswerVersion" a WHERE ${COLUMN.answer} @@ ${tsquery}))`;

/** Where each field word is ranked, and matched (heading: words aside): a stored vector and its weights there (see the migration). */
const FIELDS: Record<TextField, { vector: 'document' | 'fields'; weights: string }> = {
  heading: { vector: 'document', weights: 'A' },
  question: { vector: 'document', weights: 'B' },
  answer: { vector: 'document', weights: 'C' },
  member: { vector: 'fields', weights: 'AB' },
  asker: { vector: 'fields', weights: 'A' },
  answerer: { vector: 'fields', weights: 'B' },
  department: { vector: 'fields', weights: 'C' },
  meeting: { vector: 'fields', weights: 'D' },
};

/** Relevance weights {D, C, B, A} of searchDocument: heading 1, question 0.25, answers and names 0.1 (SQLite's bm25 10 : 2.5 : 1). */
const RANK_WEIGHTS = "'{0.1, 0.1, 0.25, 1.0}'";

export const quoteLexeme = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

const WORD_PART = /[^\p{L}\p{N}\p{Co}]+/u;

/** One term as a to_tsquery operand; `weighted` restricts it to its field's weights. */
export function termOperand(term: SearchTerm, weighted = true, only?: string): string {
  const weights = only ?? (weighted && term.field ? FIELDS[term.field].weights : '');
  if (term.kind !== 'prefix') return quoteLexeme(term.text) + (weights ? `:${weights}` : '');
  // Only the last word of a prefix phrase is a prefix ("joint produc"*), as in FTS5.
  const words = term.text.split(WORD_PART).filter(Boolean);
  const operands = words.map((word, i) => quoteLexeme(word) + (i === words.length - 1 ? `:*${weights}` : weights ? `:${weights}` : ''));
  return operands.length === 1 ? operands[0]! : `(${operands.join(' <-> ')})`;
}

/** The stored vector that ranks a term (heading: words rank by weight A of searchDocument). */
const vectorOf = (term: SearchTerm): 'document' | 'fields' => (term.field ? FIELDS[term.field].vector : 'document');
const ONE_WORD = /^[\p{L}\p{N}\p{Co}]+$/u;

/** Where a term is matched: heading: and question: words (and answer: single words) in their own index, without a weight; the rest as ranked. */
function matchVectorOf(term: SearchTerm, answerIndex: boolean): Vector {
  if (term.field === 'heading' || term.field === 'question') return term.field;
  if (term.field === 'answer' && answerIndex && ONE_WORD.test(term.text)) return 'answer';
  return vectorOf(term);
}

/** tsquery text for one vector; for the headings' and texts' indexes also the same weighted for searchDocument. */
interface Part {
  text: string;
  weighted: string;
  /** Some term may be a phrase (several words, or a word the parser splits). */
  phrase: boolean;
}
const partOf = (term: SearchTerm, vector: Vector): Part => ({
  text: termOperand(term, vector === vectorOf(term)),
  weighted: termOperand(term),
  phrase: !ONE_WORD.test(term.text),
});
const anyOf = (operands: string[]) => (operands.length === 1 ? operands[0]! : `(${operands.join(' | ')})`);
const combine = (parts: Part[], join: (texts: string[]) => string): Part => ({
  text: join(parts.map((x) => x.text)),
  weighted: join(parts.map((x) => x.weighted)),
  phrase: parts.some((x) => x.phrase),
});

/** The tsquery with its phrases' `<->` / `<N>` read as `&` (tsquery text puts spaces round operators, never in a lexeme). */
const wordsOnly = (tsquery: string) => `regexp_replace(${tsquery}::text, ' <(-|[0-9]+)> ', ' & ', 'g')::tsquery`;

export interface TextConditions {
  /** SQL conditions on Question `q` (ANDed), with their values in the Params given. */
  where: string[];
  /** A relevance score for `q` (higher is better); its values are added to the Params only when asked for. */
  rank(): string;
}

/**
 * The search's conditions, or null when it has no words (filters only). `answerIndex: false` matches
 * answer: words on searchDocument's weight C instead of the answer versions' index, for documents that
 * are not the table's (the alerts' temporary table of new questions).
 */
export function textConditions(search: ParsedSearch, p: Params, { answerIndex = true } = {}): TextConditions | null {
  if (search.clauses.length === 0) return null;
  const and: Record<Vector, Part[]> = { document: [], fields: [], heading: [], question: [], answer: [] };
  const not: Record<'document' | 'fields', string[]> = { document: [], fields: [] };
  const mixed: string[] = [];
  const match = (vector: Vector, part: Part) => {
    const tsquery = `to_tsquery(${TS_CONFIG}, ${p.add(part.text)})`;
    if (vector === 'answer') return answerMatch(tsquery);
    if (!part.phrase || vector === 'document' || vector === 'fields') return `${COLUMN[vector]} @@ ${tsquery}`;
    // A phrase: the index finds the questions whose heading (text) holds all its words, exactly (no
    // re-check), and the phrase is checked on searchDocument's stored vector with the field's weight,
    // the same match as before; re-checking the expression would parse each candidate's text again.
    // ts_match_vq is @@ written as a function, which no index serves: a filter on those rows only, as
    // a second index's lookup would make PostgreSQL re-check every row's conditions, the expression too.
    return `(${COLUMN[vector]} @@ ${wordsOnly(tsquery)} AND ts_match_vq(${COLUMN.document}, to_tsquery(${TS_CONFIG}, ${p.add(part.weighted)})))`;
  };
  for (const clause of search.clauses) {
    const byVector: Record<Vector, Part[]> = { document: [], fields: [], heading: [], question: [], answer: [] };
    for (const term of clause) {
      const vector = matchVectorOf(term, answerIndex);
      byVector[vector].push(partOf(term, vector));
    }
    const used = VECTORS.filter((vector) => byVector[vector].length > 0);
    const anyPart = (vector: Vector) => combine(byVector[vector], anyOf);
    if (used.length === 1) and[used[0]!].push(anyPart(used[0]!));
    // A clause across vectors ("heading:x OR member:y"): one index lookup each, ORed.
    else mixed.push(`(${used.map((vector) => match(vector, anyPart(vector))).join(' OR ')})`);
  }
  // Exclusions stay on the stored vectors, weighted: no index serves a NOT, and there it is one more
  // operand of the tsquery those vectors are already tested with, where the headings' or texts'
  // expression would be derived again for every candidate ("support -heading:x": most of the table).
  for (const term of search.excluded) not[vectorOf(term)].push(termOperand(term));
  const where: string[] = [];
  // Each vector gets one tsquery (one GIN lookup) holding its clauses and, when it has any, its exclusions.
  for (const vector of VECTORS) {
    const without = vector === 'document' || vector === 'fields' ? not[vector] : [];
    // answer: clauses one lookup each: ANDed in one tsquery they would have to be in the same version.
    if (vector === 'answer') where.push(...and.answer.map((part) => match(vector, part)));
    else if (and[vector].length > 0) {
      const all = combine(and[vector], (texts) => texts.join(' & '));
      where.push(match(vector, without.length > 0 ? { ...all, text: `${all.text} & !${anyOf(without)}` } : all));
    } else if (without.length > 0) {
      where.push(`NOT (${match(vector, { text: anyOf(without), weighted: '', phrase: false })})`);
    }
  }
  where.push(...mixed);
  return { where, rank: () => rankSql(search, p) };
}

/**
 * Relevance: ts_rank over searchDocument of any of the search's words (each occurrence counts, as in
 * bm25, rather than all-or-nothing), normalised by document length; plus the names' vector for the
 * field words that only it holds.
 */
function rankSql(search: ParsedSearch, p: Params): string {
  const terms = search.clauses.flat();
  const document = terms.filter((t) => vectorOf(t) === 'document').map((t) => termOperand(t));
  const fields = terms.filter((t) => vectorOf(t) === 'fields').map((t) => termOperand(t));
  const parts: string[] = [];
  if (document.length > 0) parts.push(`ts_rank(${RANK_WEIGHTS}, ${COLUMN.document}, to_tsquery(${TS_CONFIG}, ${p.add(document.join(' | '))}), 1)`);
  if (fields.length > 0) parts.push(`0.1 * ts_rank(${COLUMN.fields}, to_tsquery(${TS_CONFIG}, ${p.add(fields.join(' | '))}), 1)`);
  return parts.join(' + ');
}

/** Each part a snippet marks, and its weight in searchDocument (the postgres_search migration). */
const SNIPPET_PARTS = { heading: 'A', question: 'B', answer: 'C' } as const;

/**
 * The tsqueries of one part's snippet (heading, question or answer): `headline`, what ts_headline marks,
 * any of the words that may match there (words without a field, and that part's field words) without
 * weights, since ts_headline reads plain text; `match`, the same words with the part's weight, which
 * tells from the stored searchDocument whether any of them matches in that part at all (its lexemes of
 * that weight are exactly the part's) without parsing the part's text again. Null when no word can
 * match there.
 */
export function snippetQueries(search: ParsedSearch, part: keyof typeof SNIPPET_PARTS): { headline: string; match: string } | null {
  const terms = search.clauses.flat().filter((t) => t.field === null || t.field === part);
  if (terms.length === 0) return null;
  return {
    headline: terms.map((t) => termOperand(t, false)).join(' | '),
    match: terms.map((t) => termOperand(t, false, SNIPPET_PARTS[part])).join(' | '),
  };
}
