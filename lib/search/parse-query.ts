/**
 * The search box's syntax, parsed into a small tree that no database sees raw. Researchers type what
 * they know from other search engines:
 *
 *   joint production        both words (any form: "produce", "produced" … through stemming)
 *   "joint production"      the exact phrase
 *   drones OR missiles      either word (OR binds tighter than the implied AND)
 *   -nuclear, NOT nuclear   exclude a word or "a phrase"
 *   procure*                words starting with "procure" (at least 3 letters)
 *   heading:defence         a word in one part: heading: question: answer: member: asker: answerer:
 *                           department: meeting:
 *   house:lords, status:overdue, uin:1234   filters, combined with the filter panel
 *
 * Anything else is read leniently: an unbalanced quote, a stray OR or NOT, punctuation on its own,
 * FTS syntax characters (^ : ( ) NEAR …) become plain words or are dropped, and the result says what
 * happened. Only input that cannot be searched sensibly (too long, only exclusions, unknown filter
 * values) is refused, with a message for the user. The parser never throws.
 */
import type { QuestionStatus } from '../question-status';
import { applyFilter, emptyFilterSets, settleFilters, type FilterSets, type House } from './parse-filters';

export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 32;
export const MIN_PREFIX_LENGTH = 3;
/**
 * Word starts (`procure*`) per search. Each one makes the index merge the lists of every word it
 * starts, before the first result and where the search deadline cannot stop it: at a million
 * questions a common three-letter start costs ~0.12 s of CPU, so 32 of them cost ~2.5 s (BENCHMARKS.md,
 * "Costly searches"). Eight keep that under about 1 s; the deadline bounds the rest.
 */
export const MAX_PREFIX_TERMS = 8;

/** Parts of a question a word can be confined to. `member` means the asking or an answering member. */
export const TEXT_FIELDS = ['heading', 'question', 'answer', 'member', 'asker', 'answerer', 'department', 'meeting'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const FIELD_ALIASES: Record<string, TextField | 'house' | 'status' | 'uin'> = {
  heading: 'heading',
  title: 'heading',
  question: 'question',
  answer: 'answer',
  member: 'member',
  mp: 'member',
  asker: 'asker',
  askedby: 'asker',
  answerer: 'answerer',
  answeredby: 'answerer',
  minister: 'answerer',
  department: 'department',
  dept: 'department',
  meeting: 'meeting',
  house: 'house',
  status: 'status',
  uin: 'uin',
};

export type TermKind = 'word' | 'phrase' | 'prefix';

export interface SearchTerm {
  kind: TermKind;
  /** The text to match, without quotes or the trailing `*`. Always contains a letter or digit. */
  text: string;
  field: TextField | null;
}

export interface ParsedSearch {
  /** Every clause must match; a clause matches when any of its terms does. */
  clauses: SearchTerm[][];
  /** No question matching any of these is returned. */
  excluded: SearchTerm[];
  houses: House[];
  statuses: QuestionStatus[];
  uins: string[];
  /** What the parser did with input it could not take literally, for the user. */
  notices: string[];
}

export type ParseResult = { ok: true; query: ParsedSearch } | { ok: false; error: string };

interface RawToken {
  negated: boolean;
  field: string | null;
  value: string;
  quoted: boolean;
  /** A `*` directly after a closing quote. */
  quotedPrefix: boolean;
}

const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const SMART_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** True when the query would run a full-text search (it has at least one term to match). */
export function hasTextSearch(query: ParsedSearch): boolean {
  return query.clauses.length > 0;
}

export function emptySearch(): ParsedSearch {
  return { clauses: [], excluded: [], houses: [], statuses: [], uins: [], notices: [] };
}

/** Parses the search box. Returns a user-facing error instead of throwing, whatever the input. */
export function parseSearchQuery(input: string): ParseResult {
  try {
    return parse(input);
  } catch {
    // Defensive: a parser bug must not become a 500. Fall back to searching the words alone.
    return parse(input.replace(/[^\p{L}\p{N}\s]/gu, ' '));
  }
}

function parse(input: string): ParseResult {
  let text = input.replace(CONTROL, ' ').replace(SMART_QUOTES, '"').normalize('NFC').trim();
  if (text.length > MAX_QUERY_LENGTH) {
    return { ok: false, error: `The search is too long (${text.length} characters). Shorten it to ${MAX_QUERY_LENGTH} characters or fewer.` };
  }
  const query = emptySearch();
  const quotes = text.split('"').length - 1;
  if (quotes % 2 === 1) {
    const last = text.lastIndexOf('"');
    text = `${text.slice(0, last)} ${text.slice(last + 1)}`;
    query.notices.push('A quotation mark was not closed, so the words after it were searched for separately.');
  }
  const filters = emptyFilterSets();
  const tokens = lex(text, query);
  const error = build(tokens, query, filters) ?? settleFilters(filters, query);
  if (error) return { ok: false, error };
  const termCount = query.clauses.reduce((n, c) => n + c.length, 0) + query.excluded.length;
  if (termCount > MAX_TERMS) {
    return { ok: false, error: `The search has ${termCount} terms. Use ${MAX_TERMS} or fewer.` };
  }
  const prefixCount = [...query.clauses.flat(), ...query.excluded].filter((term) => term.kind === 'prefix').length;
  if (prefixCount > MAX_PREFIX_TERMS) {
    return {
      ok: false,
      error: `The search has ${prefixCount} word starts ending in *. Use ${MAX_PREFIX_TERMS} or fewer: each one is looked up in every word it begins, which is slow.`,
    };
  }
  if (query.clauses.length === 0 && query.excluded.length > 0) {
    return {
      ok: false,
      error: 'Add at least one word to look for: a search made only of exclusions (-word or NOT word) has nothing to match.',
    };
  }
  query.uins = [...new Set(query.uins)];
  return { ok: true, query };
}

/** Separates terms outside quotes: whitespace, and FTS syntax characters that never join a word. */
const SEPARATOR = /[\s()[\]{}^+,;]/u;
const isSeparator = (c: string | undefined) => c === undefined || SEPARATOR.test(c);

function lex(text: string, query: ParsedSearch): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSeparator(text[i])) i++;
    if (i >= text.length) break;
    const token: RawToken = { negated: false, field: null, value: '', quoted: false, quotedPrefix: false };
    if (text[i] === '-' && !isSeparator(text[i + 1])) {
      token.negated = true;
      i++;
    }
    const field = /^([A-Za-z]+):/.exec(text.slice(i, i + 20));
    if (field && FIELD_ALIASES[field[1]!.toLowerCase()]) {
      token.field = field[1]!.toLowerCase();
      i += field[0].length;
      // "heading: defence" means heading:defence.
      while (i < text.length && /\s/u.test(text[i]!)) i++;
      if (i >= text.length) {
        query.notices.push(`“${field[0]}” needs a word right after it, so it was ignored.`);
        break;
      }
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      token.value = text.slice(i + 1, close);
      token.quoted = true;
      i = close + 1;
      if (text[i] === '*') {
        token.quotedPrefix = true;
        while (text[i] === '*') i++;
      }
    } else {
      const start = i;
      while (i < text.length && !isSeparator(text[i]) && text[i] !== '"') i++;
      token.value = text.slice(start, i);
    }
    tokens.push(token);
  }
  return tokens;
}

type Operator = 'OR' | 'AND' | 'NOT';

function operatorOf(token: RawToken): Operator | null {
  if (token.quoted || token.negated || token.field) return null;
  return token.value === 'OR' || token.value === 'AND' || token.value === 'NOT' ? token.value : null;
}

/** Turns tokens into clauses and filters; returns an error message for values no search can use. */
function build(tokens: RawToken[], query: ParsedSearch, filters: FilterSets): string | null {
  let joinNext = false; // the previous token was OR
  let negateNext = false; // the previous token was NOT
  let lastWasTerm = false;
  const stray = new Set<string>();

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const op = operatorOf(token);
    if (op === 'AND') continue;
    if (op === 'NOT') {
      if (t === tokens.length - 1 || negateNext) stray.add('NOT');
      negateNext = true;
      joinNext = false;
      continue;
    }
    if (op === 'OR') {
      if (!lastWasTerm || t === tokens.length - 1 || joinNext) stray.add('OR');
      joinNext = lastWasTerm;
      continue;
    }

    const negated = token.negated || negateNext;
    negateNext = false;
    const target = token.field ? FIELD_ALIASES[token.field]! : null;
    if (target === 'house' || target === 'status' || target === 'uin') {
      const error = applyFilter(target, token.value, negated, query, filters);
      if (error) return error;
      if (joinNext) stray.add('OR');
      joinNext = false;
      lastWasTerm = false;
      continue;
    }

    const term = toTerm(token, target, query);
    if (!term) {
      joinNext = false;
      continue;
    }
    if (negated) {
      query.excluded.push(term);
      if (joinNext) stray.add('OR');
      joinNext = false;
      lastWasTerm = false;
      continue;
    }
    const previous = query.clauses.at(-1);
    if (joinNext && previous) previous.push(term);
    else query.clauses.push([term]);
    joinNext = false;
    lastWasTerm = true;
  }
  for (const word of stray) {
    query.notices.push(`“${word}” needs a word on ${word === 'OR' ? 'each side' : 'its right'}, so it was ignored.`);
  }
  return null;
}

function toTerm(token: RawToken, field: TextField | null, query: ParsedSearch): SearchTerm | null {
  let value = token.value.trim();
  let kind: TermKind = token.quoted ? 'phrase' : 'word';
  if (token.quotedPrefix) kind = 'prefix';
  if (!token.quoted && value.endsWith('*')) {
    value = value.replace(/\*+$/, '');
    const letters = [...value].filter((c) => TOKEN_CHAR.test(c)).length;
    if (letters >= MIN_PREFIX_LENGTH) kind = 'prefix';
    else if (letters > 0) {
      query.notices.push(`Searches for the start of a word need at least ${MIN_PREFIX_LENGTH} letters, so “${value}*” was searched for as “${value}”.`);
    }
  }
  if (!TOKEN_CHAR.test(value)) {
    const shown = token.quoted ? `"${token.value}"` : token.value;
    if (shown.length > 0) query.notices.push(`“${shown}” has no letters or digits to search for, so it was ignored.`);
    return null;
  }
  if (kind === 'word' && /\s/u.test(value)) kind = 'phrase';
  return { kind, text: value, field };
}
