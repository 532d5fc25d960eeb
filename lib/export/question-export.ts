/**
 * The columns of a questions export (CSV and JSON), documented in docs/export.md. Names are stable:
 * scripts depend on them, so add columns at the end and never rename one.
 */
import { toIsoDate } from '@/lib/dates';
import { effectiveStatus } from '@/lib/question-status';
import { questionPath } from '@/lib/routes';

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

/** One export row as CSV cells, in EXPORT_COLUMNS order (no per-row object: exports run to millions). */
export function toExportCells(q: ExportableQuestion, today: Date, origin: string): ExportValue[] {
  return [
    q.uin,
    q.house === 'LORDS' ? 'lords' : 'commons',
    toIsoDate(q.dateTabled),
    toIsoDate(q.dateDue),
    q.isNamedDay,
    effectiveStatus(q, today),
    q.dateAnswered ? toIsoDate(q.dateAnswered) : null,
    q.daysToAnswer,
    q.heading,
    q.questionText,
    q.askerName,
    q.partyName,
    q.departmentName,
    q.answererName,
    q.answerText,
    q.answerVersions,
    origin + questionPath(q),
    q.source.toLowerCase(),
    q.unreportedFields ? unreportedColumns(q.unreportedFields) : null,
  ];
}

/** One export row. `origin` makes `url` absolute (https://host), so the file works outside the app. */
export function toExportRow(q: ExportableQuestion, today: Date, origin: string): ExportRow {
  return {
    uin: q.uin,
    house: q.house === 'LORDS' ? 'lords' : 'commons',
    date_tabled: toIsoDate(q.dateTabled),
    date_due: toIsoDate(q.dateDue),
    named_day: q.isNamedDay,
    status: effectiveStatus(q, today),
    date_answered: q.dateAnswered ? toIsoDate(q.dateAnswered) : null,
    days_to_answer: q.daysToAnswer,
    heading: q.heading,
    question_text: q.questionText,
    asking_member: q.askerName,
    asking_member_party: q.partyName,
    department: q.departmentName,
    answering_member: q.answererName,
    answer_text: q.answerText,
    answer_versions: q.answerVersions,
    url: origin + questionPath(q),
    source: q.source.toLowerCase(),
    unreported_fields: q.unreportedFields ? unreportedColumns(q.unreportedFields) : null,
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
