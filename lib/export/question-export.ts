/**
 * The columns of a questions export (CSV and JSON), documented in docs/export.md. Names are stable:
 * scripts depend on them, so add columns at the end and never rename one.
 */
import { toIsoDate } from '@/lib/dates';
import { effectiveStatus } from '@/lib/question-status';
import { HOUSE_SLUGS, questionPathOn } from '@/lib/routes';

/** The fields of a question an export needs (the search backend's export record satisfies it). */
export interface ExportableQuestion {
  house: 'COMMONS' | 'LORDS';
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
  state: 'AWAITING' | 'HOLDING' | 'ANSWERED' | 'CORRECTED' | 'WITHDRAWN';
  isNamedDay: boolean;
  heading: string;
  questionText: string;
  askerName: string;
  partyName: string | null;
  departmentName: string;
  answererName: string | null;
  answerText: string | null;
  answerVersions: number;
  source: string;
  unreportedFields: string | null;
}

export const EXPORT_COLUMNS = [
  'uin',
  'house',
  'date_tabled',
  'date_due',
  'named_day',
  'status',
  'date_answered',
  'days_to_answer',
  'heading',
  'question_text',
  'asking_member',
  'asking_member_party',
  'department',
  'answering_member',
  'answer_text',
  'answer_versions',
  'url',
  'source',
  'unreported_fields',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportValue = string | number | boolean | null;
export type ExportRow = Record<ExportColumn, ExportValue>;

/** Turns questions into the rows of one export (its day and origin fixed). */
export interface ExportRowBuilder {
  /** The row as cells in EXPORT_COLUMNS order, for CSV (no per-row object keyed by column). */
  cells(q: ExportableQuestion): ExportValue[];
  /** The row keyed by column, for JSON. */
  row(q: ExportableQuestion): ExportRow;
}

/** Distinct days an export remembers the ISO form of; a century of days, so in practice all of them. */
const ISO_DATE_CACHE = 40_000;

/**
 * The row builder for one export. `today` decides awaiting from overdue; `origin` makes `url`
 * absolute (https://host), so the file works outside the app. A million rows share a few thousand
 * dates, so each day's ISO text is made once (toIsoDate costs a Date method call and two strings).
 */
export function exportRowBuilder(today: Date, origin: string): ExportRowBuilder {
  const isoDates = new Map<number, string>();
  const iso = (date: Date): string => {
    const ms = date.getTime();
    let text = isoDates.get(ms);
    if (text === undefined) {
      if (isoDates.size >= ISO_DATE_CACHE) isoDates.clear();
      text = toIsoDate(date);
      isoDates.set(ms, text);
    }
    return text;
  };
  return {
    cells(q) {
      const tabled = iso(q.dateTabled);
      return [
        q.uin,
        HOUSE_SLUGS[q.house],
        tabled,
        iso(q.dateDue),
        q.isNamedDay,
        effectiveStatus(q, today),
        q.dateAnswered ? iso(q.dateAnswered) : null,
        q.daysToAnswer,
        q.heading,
        q.questionText,
        q.askerName,
        q.partyName,
        q.departmentName,
        q.answererName,
        q.answerText,
        q.answerVersions,
        origin + questionPathOn(q.house, tabled, q.uin),
        q.source.toLowerCase(),
        q.unreportedFields ? unreportedColumns(q.unreportedFields) : null,
      ];
    },
    row(q) {
      const tabled = iso(q.dateTabled);
      return {
        uin: q.uin,
        house: HOUSE_SLUGS[q.house],
        date_tabled: tabled,
        date_due: iso(q.dateDue),
        named_day: q.isNamedDay,
        status: effectiveStatus(q, today),
        date_answered: q.dateAnswered ? iso(q.dateAnswered) : null,
        days_to_answer: q.daysToAnswer,
        heading: q.heading,
        question_text: q.questionText,
        asking_member: q.askerName,
        asking_member_party: q.partyName,
        department: q.departmentName,
        answering_member: q.answererName,
        answer_text: q.answerText,
        answer_versions: q.answerVersions,
        url: origin + questionPathOn(q.house, tabled, q.uin),
        source: q.source.toLowerCase(),
        unreported_fields: q.unreportedFields ? unreportedColumns(q.unreportedFields) : null,
      };
    },
  };
}

/** "uin,dateTabled,text" → "uin date_tabled question_text": the placeholders, named as export columns. */
function unreportedColumns(fields: string): string {
  return fields
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => (f === 'text' ? 'question_text' : f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)))
    .join(' ');
}
