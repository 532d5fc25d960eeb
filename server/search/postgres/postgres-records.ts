/**
 * The rows themselves on PostgreSQL: the table's columns of a page (joined to its ids by
 * postgres-page-sql.ts), and export rows for a batch of ids (which questions, in what order, is
 * postgres-search-sql.ts's business). The same columns as
 * sqlite-record-sql.ts; PostgreSQL returns typed values (timestamps as Dates, see postgres-pool.ts).
 */
import type { QuestionExportRecord, QuestionRecord } from '../types';

type Row = Record<string, unknown>;

/** The table's columns of Question `q` (read by pageRecord), with the joins RECORD_JOINS makes. */
export const RECORD_COLUMNS = `q."id", q."house", q."uin", q."dateTabled", q."dateDue", q."dateAnswered", q."daysToAnswer", q."state", q."isNamedDay",
  q."heading", q."source", q."unreportedFields",
  am."displayName" AS "askerName", am."slug" AS "askerSlug", p."name" AS "partyName", p."abbreviation" AS "partyAbbreviation", p."colour" AS "partyColour",
  d."name" AS "departmentName", d."shortName" AS "departmentShortName", d."slug" AS "departmentSlug", lm."displayName" AS "answererName", lm."slug" AS "answererSlug"`;

export const RECORD_JOINS = `JOIN "Member" am ON am."id" = q."askingMemberId"
  LEFT JOIN "Party" p ON p."id" = am."partyId"
  JOIN "Department" d ON d."id" = q."departmentId"
  LEFT JOIN "Member" lm ON lm."id" = (SELECT a."answeringMemberId" FROM "AnswerVersion" a WHERE a."questionId" = q."id" ORDER BY a."sequence" DESC LIMIT 1)`;

const orNull = <T>(value: unknown) => (value ?? null) as T | null;

/** The columns a table row and an export row share (QuestionExportRecord picks them from QuestionRecord). */
function sharedColumns(row: Row): Omit<QuestionExportRecord, 'questionText' | 'answerText' | 'answerVersions'> {
  return {
    house: row.house as QuestionRecord['house'],
    uin: String(row.uin),
    dateTabled: row.dateTabled as Date,
    dateDue: row.dateDue as Date,
    dateAnswered: orNull<Date>(row.dateAnswered),
    daysToAnswer: orNull<number>(row.daysToAnswer),
    state: row.state as QuestionRecord['state'],
    isNamedDay: Boolean(row.isNamedDay),
    heading: String(row.heading),
    source: String(row.source),
    unreportedFields: orNull<string>(row.unreportedFields),
    askerName: String(row.askerName),
    partyName: orNull<string>(row.partyName),
    departmentName: String(row.departmentName),
    answererName: orNull<string>(row.answererName),
  };
}

export function pageRecord(row: Row): QuestionRecord {
  return {
    ...sharedColumns(row),
    id: Number(row.id),
    askerSlug: String(row.askerSlug),
    partyAbbreviation: orNull<string>(row.partyAbbreviation),
    partyColour: orNull<string>(row.partyColour),
    departmentShortName: String(row.departmentShortName),
    departmentSlug: String(row.departmentSlug),
    answererSlug: orNull<string>(row.answererSlug),
  };
}

/** Versions are numbered 1, 2, 3… and never removed, so the latest's sequence is also their count. */
const EXPORT_SQL = `SELECT q."id", q."dateTabled", q."house", q."uin", q."dateDue", q."dateAnswered", q."daysToAnswer", q."state", q."isNamedDay",
  q."heading", q."text" AS "questionText", am."displayName" AS "askerName", p."name" AS "partyName", d."name" AS "departmentName",
  lm."displayName" AS "answererName", la."textPlain" AS "answerText", coalesce(la."sequence", 0) AS "answerVersions", q."source", q."unreportedFields"
  FROM "Question" q
  JOIN "Member" am ON am."id" = q."askingMemberId"
  LEFT JOIN "Party" p ON p."id" = am."partyId"
  JOIN "Department" d ON d."id" = q."departmentId"
  LEFT JOIN LATERAL (SELECT a."textPlain", a."sequence", a."answeringMemberId" FROM "AnswerVersion" a WHERE a."questionId" = q."id" ORDER BY a."sequence" DESC LIMIT 1) la ON true
  LEFT JOIN "Member" lm ON lm."id" = la."answeringMemberId"
  WHERE q."id" = ANY($1::int[])`;

/** Export rows for the given question ids (any order), read with exportRecord. */
export const exportRowsSql = (ids: number[]) => ({ text: EXPORT_SQL, values: [ids] });

export function exportRecord(row: Row): QuestionExportRecord {
  return {
    ...sharedColumns(row),
    questionText: String(row.questionText),
    answerText: orNull<string>(row.answerText),
    answerVersions: Number(row.answerVersions),
  };
}
