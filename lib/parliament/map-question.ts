/**
 * From the Written Questions API's record to Answerable's columns (pure: no database). Where each API field
 * goes is listed in docs/parliament-sync.md; every field is also kept whole in ParliamentQuestionRecord.payload.
 */
import { createHash } from 'node:crypto';
import type { Question } from '@/generated/prisma/client';
import type { AnswerKind, House } from '@/generated/prisma/enums';
import { parseCalendarDate } from '@/lib/dates';
import type { ApiQuestion } from './schemas';

/** The list endpoint cuts texts at ~255 characters and ends them "..." with no flag saying so. */
export function looksTruncated(record: ApiQuestion): boolean {
  return [record.questionText, record.answerText, record.originalAnswerText, record.comparableAnswerText].some(
    (text) => typeof text === 'string' && text.length >= 250 && text.endsWith('...'),
  );
}

/**
 * A hash of a record as given: equal on a later run means nothing changed. Plain JSON.stringify, in the API's
 * own key order (the list and per-question endpoints share one serialiser): sorting keys cost a third of the
 * sync's time in JavaScript, and a changed key order would only make one run count the record as updated.
 */
export function recordHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? 'null').digest('base64url');
}

/** "2024-01-05T00:00:00" → the calendar date as UTC midnight (how Answerable stores calendar dates). */
export function apiDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  // Fast path for the API's own form (the sync reads ~10 dates per record); anything else is checked strictly.
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1) return date;
  }
  return parseCalendarDate(value.slice(0, 10));
}

export const apiHouse = (house: ApiQuestion['house']): House => (house === 'Lords' ? 'LORDS' : 'COMMONS');

/** The question's own columns, as Parliament gives them (members and department still as Parliament ids). */
export interface MappedQuestion extends Pick<Question, 'house' | 'uin' | 'dateTabled' | 'dateDue' | 'isNamedDay' | 'heading' | 'text' | 'memberHasInterest'> {
  parliamentId: number;
  askingMemberParliamentId: number;
  answeringBodyId: number;
  answeringBodyName: string;
  isWithdrawn: boolean;
}

/** The columns staff can edit too: a sync writes one only when Parliament's own value changed. */
export const SYNCED_QUESTION_FIELDS = ['dateDue', 'isNamedDay', 'heading', 'text', 'memberHasInterest'] as const;

const mapped = new WeakMap<ApiQuestion, MappedQuestion>();

/** The mapped columns (computed once per record object: the sync asks several times). */
export function mapQuestion(record: ApiQuestion): MappedQuestion {
  let m = mapped.get(record);
  if (!m) mapped.set(record, (m = mapQuestionFresh(record)));
  return m;
}

function mapQuestionFresh(record: ApiQuestion): MappedQuestion {
  const dateTabled = apiDate(record.dateTabled)!;
  return {
    parliamentId: record.id,
    house: apiHouse(record.house),
    uin: record.uin.trim(),
    dateTabled,
    dateDue: apiDate(record.dateForAnswer) ?? dateTabled,
    isNamedDay: record.isNamedDay,
    heading: record.heading?.trim() || '(no heading given)',
    text: record.questionText.trim(),
    memberHasInterest: record.memberHasInterest,
    askingMemberParliamentId: record.askingMemberId,
    answeringBodyId: record.answeringBodyId,
    answeringBodyName: record.answeringBodyName,
    isWithdrawn: record.isWithdrawn,
  };
}

/** One answer version the API's record implies. `html` null: the API gives the date but not the text. */
export interface ApiAnswerVersion {
  kind: AnswerKind;
  answeredOn: Date;
  answeringMemberParliamentId: number | null;
  html: string | null;
}

export const HOLDING_TEXT_NOT_GIVEN =
  '<p>A holding answer was given on this date. Parliament’s record keeps only its date, not its text, once the full answer is given.</p>';
export const ORIGINAL_TEXT_NOT_GIVEN = '<p>Parliament’s record of this answer does not give its original text.</p>';

/**
 * The versions the record implies, oldest first: a holding answer (current, or only its date once answered),
 * the substantive answer (for a corrected answer, its original text) and the correction. The sync appends
 * the ones a question does not have yet, so versions are never overwritten.
 */
export function answerVersionsOf(record: ApiQuestion): ApiAnswerVersion[] {
  const text = record.answerText?.trim() ? record.answerText : null;
  const answeredOn = apiDate(record.dateAnswered);
  const holdingOn = apiDate(record.dateHoldingAnswer);
  const member = record.answeringMemberId ?? null;
  if (record.answerIsHolding) {
    const on = holdingOn ?? answeredOn;
    return on ? [{ kind: 'HOLDING', answeredOn: on, answeringMemberParliamentId: member, html: text }] : [];
  }
  if (!text || !answeredOn) return [];
  const versions: ApiAnswerVersion[] = [];
  if (holdingOn && holdingOn.getTime() <= answeredOn.getTime()) versions.push({ kind: 'HOLDING', answeredOn: holdingOn, answeringMemberParliamentId: member, html: null });
  if (record.answerIsCorrection) {
    const original = record.originalAnswerText?.trim() ? record.originalAnswerText : null;
    versions.push({ kind: 'SUBSTANTIVE', answeredOn, answeringMemberParliamentId: member, html: original });
    const correctedOn = apiDate(record.dateAnswerCorrected) ?? answeredOn;
    versions.push({ kind: 'CORRECTION', answeredOn: correctedOn, answeringMemberParliamentId: record.correctingMemberId ?? member, html: text });
  } else {
    versions.push({ kind: 'SUBSTANTIVE', answeredOn, answeringMemberParliamentId: member, html: text });
  }
  return versions;
}

/** How a version is recognised among a question's stored ones: holding and substantive by kind, corrections by date too. */
export function versionKey(v: { kind: AnswerKind; answeredOn: Date }): string {
  return v.kind === 'CORRECTION' ? `CORRECTION@${v.answeredOn.toISOString().slice(0, 10)}` : v.kind;
}

/** The grouped questions as (uin, date tabled) pairs, from `groupedQuestionsDates`, else UINs alone. */
export function groupedRefs(record: ApiQuestion): { uin: string; dateTabled: Date | null }[] {
  const dated = (record.groupedQuestionsDates ?? []).map((g) => ({ uin: g.questionUin.trim(), dateTabled: apiDate(g.dateTabled) }));
  const datedUins = new Set(dated.map((g) => g.uin));
  const undated = (record.groupedQuestions ?? []).map((u) => u.trim()).filter((u) => u && !datedUins.has(u)).map((uin) => ({ uin, dateTabled: null }));
  return [...dated, ...undated].filter((g) => g.uin !== record.uin.trim());
}
