/**
 * Finds the earlier answers a question refers to in its wording, the way members write it:
 * "pursuant to the Answer of 5 January 2016 to Question 20367", "further to his Answer of 12 March 2024
 * to Question HL1234", "with reference to the answer of 3rd February 2023 to questions 1234 and 1235",
 * "Answer given on 14 June 2022 (PQ 12345)", "UIN 12345". A bare "question 3" is only taken as a
 * reference when an answer is mentioned or a follow-up phrase introduces it, so "plans to question 2000
 * witnesses" or "in answer to question 3 of the consultation" are not links.
 */
import { isValid, parse } from 'date-fns';
import { utc } from '@date-fns/utc';

export interface FollowUpReference {
  /** Date of the earlier answer (UTC midnight); null when not given or not a real date. */
  date: Date | null;
  /** UINs as written, normalised: upper case, "HL 1234" → "HL1234". Empty when only a date is given. */
  uins: string[];
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
// "5 January 2016", "3rd Feb. 2023", "5th of June 2022", "January 5, 2016", "05/01/2016", "2016-01-05".
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+\d{4}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})`;
// Commons "20367"; Lords "HL1234" / "HL 1234"; this project's demo UINs "D104233" and "HL-D1042".
const UIN = String.raw`(?:HL-D\d{1,7}|HL\s?\d{1,7}|D\d{4,7}|\d{1,7})`;
const UIN_LIST = String.raw`${UIN}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)${UIN})*`;

/** "answer … of|on|dated <date>": the answer word, up to ~100 characters of the same sentence, the date. */
const ANSWER_DATE = new RegExp(String.raw`\b(?:answers?|repl(?:y|ies)|responses?)\b(?:[^.?!;]{0,100}?)\b(?:of|on|dated)\s+(?:the\s+)?(${DATE})`, 'gi');
/** "question(s) 1234", "PQ 12345", "PQs 1 and 2", "UIN 12345", "Question No. 123", "[HL1234]", "(HL1234)". */
const QUESTION_REF = new RegExp(
  String.raw`(?:\b(?:(?:written|parliamentary)\s+)?(questions?|pqs?|uins?)\b\.?\s*(?:(?:numbers?|nos?\.|no|ref(?:erence)?\.?)\s*)?(${UIN_LIST})|[[(](HL\s?\d{1,7}|HL-D\d{1,7})[\])])(?![\w/-])`,
  'gi',
);
const LEAD_IN = /\b(?:pursuant\s+to|further\s+to|with\s+reference\s+to|in\s+reference\s+to|referring\s+to|following\s+(?:up\s+)?(?:on\s+)?)\s+(?:(?:the|my|his|her|their|its)\s+)?$/i;
const ANSWER_WORD = /\b(?:answers?|repl(?:y|ies)|responses?|answered)\b/i;
const SENTENCE_END = /[.?!;]\s/;

interface Span {
  start: number;
  end: number;
}

/** All follow-up references in a question's text, in the order they appear. */
export function detectFollowUps(text: string): FollowUpReference[] {
  const source = text.replace(/[\u00a0\u2009\u202f]/g, ' ');
  const dates = [...source.matchAll(ANSWER_DATE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    date: parseAnswerDate(m[1]!),
    used: false,
  }));
  const refs: (FollowUpReference & { at: number })[] = [];

  for (const m of source.matchAll(QUESTION_REF)) {
    const span: Span = { start: m.index, end: m.index + m[0].length };
    const keyword = (m[1] ?? '').toLowerCase();
    const uins = unique(splitUins(m[2] ?? m[3]!));
    const after = source.slice(span.end, span.end + 40);
    // "question 3 of the consultation", "question 12 in the survey": a numbered item, not a UIN.
    if (/^\s+(?:of|in)\s+(?:the|its|his|her|their|this|that|a|an)\b/i.test(after)) continue;

    const before = dates.filter((d) => d.end <= span.start && span.start - d.end <= 60 && !SENTENCE_END.test(source.slice(d.end, span.start)));
    const preceding = before.at(-1);
    const clauseStart = lastSentenceStart(source, span.start);
    const clause = source.slice(Math.max(clauseStart, span.start - 150), span.start);

    const explicit = keyword.startsWith('pq') || keyword.startsWith('uin') || keyword === '';
    const anchored =
      explicit ||
      preceding !== undefined ||
      ANSWER_WORD.test(clause) ||
      LEAD_IN.test(source.slice(Math.max(0, span.start - 40), span.start)) ||
      uins.every(isDistinctiveUin) ||
      (uins.length >= 2 && uins.every((u) => u.length >= 3));
    if (!anchored) continue;

    let date: Date | null = null;
    if (preceding) {
      preceding.used = true;
      date = preceding.date;
    } else {
      // "Question 12345, answered on 3 March 2024": the date follows.
      const following = new RegExp(String.raw`^[\s,)]*(?:\(|which\s+was\s+|that\s+was\s+)?answered\s+(?:on\s+)?(${DATE})`, 'i').exec(after + source.slice(span.end + 40, span.end + 80));
      if (following) date = parseAnswerDate(following[1]!);
    }
    refs.push({ at: span.start, date, uins });
  }

  // "pursuant to the Answer of 5 January 2016, what …": the answer by date alone.
  for (const d of dates) {
    if (d.used) continue;
    if (LEAD_IN.test(source.slice(Math.max(0, d.start - 40), d.start))) refs.push({ at: d.start, date: d.date, uins: [] });
  }

  refs.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return refs
    .filter((r) => {
      const key = `${r.date?.getTime() ?? ''}|${r.uins.join(',')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ date, uins }) => ({ date, uins }));
}

function splitUins(list: string): string[] {
  return [...list.matchAll(new RegExp(UIN, 'gi'))].map((m) => normaliseUin(m[0]));
}

/** "hl 1234" → "HL1234", "hl-d1042" → "HL-D1042", "d104233" → "D104233". */
export function normaliseUin(raw: string): string {
  return raw.toUpperCase().replace(/^HL\s+/, 'HL');
}

/** Lords and demo UINs cannot be mistaken for an ordinary number. */
function isDistinctiveUin(uin: string): boolean {
  return /^(?:HL-?D?\d+|D\d{4,})$/.test(uin);
}

function lastSentenceStart(text: string, before: number): number {
  const head = text.slice(0, before);
  const match = /[.?!;]\s(?=[^.?!;]*$)/.exec(head);
  return match ? match.index + 2 : 0;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The written date as UTC midnight, or null when it is not a real calendar date ("31 February 2023"). */
export function parseAnswerDate(raw: string): Date | null {
  const cleaned = raw
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/\bof\s+/i, '')
    .replace(/[.,]/g, ' ')
    .replace(/\bsept\b/i, 'Sep')
    .replace(/\s+/g, ' ')
    .trim();
  const formats = /^\d{4}-\d{2}-\d{2}$/.test(cleaned)
    ? ['yyyy-MM-dd']
    : NUMERIC_DATE.test(raw)
      ? ['d/M/yyyy']
      : /^\d/.test(cleaned)
        ? ['d MMMM yyyy', 'd MMM yyyy']
        : ['MMMM d yyyy', 'MMM d yyyy'];
  const value = NUMERIC_DATE.test(raw) ? raw : cleaned;
  for (const format of formats) {
    const parsed = parse(value, format, new Date(0), { in: utc });
    if (isValid(parsed) && parsed.getUTCFullYear() >= 1900) return new Date(parsed.getTime());
  }
  return null;
}
