/**
 * Dates as the releases write them: "11/03/2025", "1/3/25", "11 March 2025", "11th Mar 2025", ISO
 * "2025-03-11", and month-only "July", "July 2025", "Jul-25". Day first, always. A month-only date keeps
 * its precision: it is the month, never a made-up day (stored as the first of the month, precision MONTH).
 */
import { parseCalendarDate } from '@/lib/dates';

export type DatePrecision = 'DAY' | 'MONTH';
export interface ReleaseDate {
  date: Date;
  precision: DatePrecision;
}

/** The release's quarter (GOV.UK publishes per calendar quarter: Q1 is January to March). */
export interface ReleaseQuarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for a month's name or its abbreviation of three letters or more ("Sept" too); else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m === w || m.startsWith(w) || (w === 'sept' && m === 'september'));
  return index < 0 ? null : index + 1;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function day(year: number, month: number, dayOfMonth: number): Date | null {
  return parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
}

/**
 * The year of a month named without one: the year that puts it in the twelve months ending with the
 * release's quarter (a January–March 2025 release's "July" is July 2024, reported late; its "March" is
 * March 2025).
 */
export function yearOfMonth(month: number, quarter: ReleaseQuarter): number {
  return month <= quarter.quarter * 3 ? quarter.year : quarter.year - 1;
}

export type DateResult = { ok: true; value: ReleaseDate } | { ok: false; reason: string };

/** Parses one date cell; `quarter` gives the year of a month named alone (null: such a date is refused). */
export function parseReleaseDate(raw: string, quarter: ReleaseQuarter | null): DateResult {
  const text = raw.trim().replace(/\s+/g, ' ').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$/u, '').trim();
  const bad: DateResult = { ok: false, reason: `“${raw.trim()}” is not a date (day first, e.g. 11/03/2025 or 11 March 2025, or a month such as July 2025)` };
  if (!text) return { ok: false, reason: 'The date is blank' };
  const toDay = (y: number, m: number, d: number): DateResult => {
    const date = day(y, m, d);
    return date ? { ok: true, value: { date, precision: 'DAY' } } : bad;
  };
  const toMonth = (y: number, m: number): DateResult => ({ ok: true, value: { date: day(y, m, 1)!, precision: 'MONTH' } });

  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) return toDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) return toDay(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  // "11 March 2025", "11th Mar 2025", "Tuesday 11 March 2025", "11-Mar-2025", "11 Mar 25"
  m = /^(?:[a-z]+,? )?(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]+\.?),?[ -](\d{2}|\d{4})$/i.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? toDay(fullYear(m[3]!), month, Number(m[1])) : bad;
  }
  // "July 2025", "Jul-25", "July, 2025"
  m = /^([a-z]+\.?),?[ -](\d{2}|\d{4})$/i.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? toMonth(fullYear(m[2]!), month) : bad;
  }
  // "July": the release's quarter gives the year.
  m = /^([a-z]+\.?)$/i.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    if (!month) return bad;
    if (!quarter) return { ok: false, reason: `“${raw.trim()}” names a month without a year, and the release’s quarter is not known: give the quarter (e.g. 2025-Q3)` };
    return toMonth(yearOfMonth(month, quarter), month);
  }
  return bad;
}

/** "2025-Q3", "Q3 2025", "2025 Q3" → the quarter; null if it is not one. */
export function parseQuarter(value: string): ReleaseQuarter | null {
  const text = value.trim().toUpperCase().replace(/\s+/g, ' ');
  const yearFirst = /^(\d{4})[ -]?Q([1-4])$/.exec(text);
  const quarterFirst = /^Q([1-4])[ -]?(\d{4})$/.exec(text);
  const [year, quarter] = yearFirst ? [yearFirst[1], yearFirst[2]] : quarterFirst ? [quarterFirst[2], quarterFirst[1]] : [];
  if (!year || !quarter || Number(year) < 1990 || Number(year) > 2200) return null;
  return { year: Number(year), quarter: Number(quarter) as ReleaseQuarter['quarter'] };
}

/** The quarter a calendar date falls in. */
export function quarterOf(date: Date): ReleaseQuarter {
  return { year: date.getUTCFullYear(), quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as ReleaseQuarter['quarter'] };
}

/**
 * The quarter a file name names, as GOV.UK's file names do: "…_January_to_March_2025.csv",
 * "…-jul-sep-2025.csv", "…_2025_Q3.csv". The last month named before the year ends the quarter.
 */
export function quarterFromFileName(name: string): ReleaseQuarter | null {
  const base = name.replace(/\.[a-z0-9]+$/i, '');
  const q = /(?:^|[^a-z0-9])(\d{4})[ _-]?q([1-4])(?:[^a-z0-9]|$)/i.exec(base) ?? null;
  if (q) return { year: Number(q[1]), quarter: Number(q[2]) as ReleaseQuarter['quarter'] };
  const q2 = /(?:^|[^a-z0-9])q([1-4])[ _-]?(\d{4})(?:[^a-z0-9]|$)/i.exec(base);
  if (q2) return { year: Number(q2[2]), quarter: Number(q2[1]) as ReleaseQuarter['quarter'] };
  const words = base.split(/[^a-z0-9]+/i).filter(Boolean);
  for (let i = words.length - 1; i > 0; i--) {
    if (!/^\d{4}$/.test(words[i]!)) continue;
    const month = monthNumber(words[i - 1]!);
    if (month) return { year: Number(words[i]), quarter: (Math.floor((month - 1) / 3) + 1) as ReleaseQuarter['quarter'] };
  }
  return null;
}
