/**
 * SQL text for the rows themselves on SQLite: the table's columns for a page of ids, and keyset
 * batches of whole rows for exports (with the reader of those rows, which must follow the SELECT
 * list's order). Which rows match is decided in sqlite-search-sql.ts.
 */
import type { QuestionExportRecord, QuestionRecord, SearchPlan } from '../types';
import { filterConditions, KEY_PARAM, textParts, type Sql } from './sqlite-search-sql';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * One export batch, whole rows, in date-tabled order after `cursor` (see exportCursor). Keyset, so
 * every batch costs the same however deep the export is, and one query per batch: the latest answer
 * version is joined once, not looked up per column. Read the rows raw (arrays) with exportRecord.
 */
export function exportBatchSql(plan: SearchPlan, match: string | null, cursor: number[] | null, batchSize: number): Sql {
  const asc = plan.sort === 'dateTabled' && plan.dir === 'asc';
  const dir = asc ? 'ASC' : 'DESC';
  const cmp = asc ? '>' : '<';
  if (match !== null) {
    const parts = textParts(plan, match, true);
    const after = cursor ? ` AND f."rowid" ${cmp} ${KEY_PARAM}` : '';
    return {
      text: `SELECT f."rowid", ${EXPORT_SELECT} FROM ${parts.from} ${EXPORT_JOINS} WHERE ${parts.where}${after} ORDER BY f."rowid" ${dir} LIMIT ?`,
      params: [...parts.params, ...(cursor ? [cursor[0]!] : []), batchSize],
    };
  }
  const filters = filterConditions(plan, { inIndex: false });
  const where = [...filters.where];
  const params = [...filters.params];
  if (cursor) {
    where.push(`(q."dateTabled", q."id") ${cmp} (?, ?)`);
    params.push(cursor[0]!, cursor[1]!);
  }
  return {
    text: `SELECT q."id", ${EXPORT_SELECT} FROM "Question" q ${EXPORT_JOINS}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY q."dateTabled" ${dir}, q."id" ${dir} LIMIT ?`,
    params: [...params, batchSize],
  };
}

/** Export rows for the given question ids (any order: the caller restores the view's), read like exportBatchSql's. */
export function exportRowsSql(count: number): string {
  return `SELECT q."id", ${EXPORT_SELECT} FROM "Question" q ${EXPORT_JOINS} WHERE q."id" IN (${placeholders(count)})`;
}

/**
 * The export's columns after the keyset key (position 0), in the order exportRecord reads them.
 * Only what the file shows: every column costs a conversion per row.
 */
const EXPORT_FIELDS = [
  ['dateTabled', 'q."dateTabled"'],
  ['house', 'q."house"'],
  ['uin', 'q."uin"'],
  ['dateDue', 'q."dateDue"'],
  ['dateAnswered', 'q."dateAnswered"'],
  ['daysToAnswer', 'q."daysToAnswer"'],
  ['state', 'q."state"'],
  ['isNamedDay', 'q."isNamedDay"'],
  ['heading', 'q."heading"'],
  ['questionText', 'q."text"'],
  ['askerName', 'am."displayName"'],
  ['partyName', 'p."name"'],
  ['departmentName', 'd."name"'],
  ['answererName', 'lm."displayName"'],
  ['answerText', 'la."textPlain"'],
  ['answerVersions', 'coalesce(la."sequence", 0)'],
  ['source', 'q."source"'],
  ['unreportedFields', 'q."unreportedFields"'],
] as const satisfies readonly (readonly [keyof QuestionExportRecord, string])[];

const EXPORT_SELECT = EXPORT_FIELDS.map(([, sql]) => sql).join(', ');
const AT = Object.fromEntries(EXPORT_FIELDS.map(([name], i) => [name, i + 1])) as Record<(typeof EXPORT_FIELDS)[number][0], number>;

/**
 * Versions are numbered 1, 2, 3… and never removed, so the latest's sequence is also their count.
 * CROSS JOIN keeps Question the outer loop: with some statistics (a freshly generated 200,000-question
 * database) SQLite otherwise led with Member, sorting every question for each batch (3.2 s instead of 12 ms).
 */
const EXPORT_JOINS = `CROSS JOIN "Member" am ON am."id" = q."askingMemberId"
  LEFT JOIN "Party" p ON p."id" = am."partyId"
  JOIN "Department" d ON d."id" = q."departmentId"
  LEFT JOIN "AnswerVersion" la ON la."questionId" = q."id" AND la."sequence" = (SELECT max(a."sequence") FROM "AnswerVersion" a WHERE a."questionId" = q."id")
  LEFT JOIN "Member" lm ON lm."id" = la."answeringMemberId"`;

const toDate = (value: unknown) => (value === null || value === undefined ? null : new Date(Number(value)));

/** One raw row of exportBatchSql as a record (positions, not names: no per-row lookups). */
export function exportRecord(row: unknown[]): QuestionExportRecord {
  return {
    house: row[AT.house] as QuestionExportRecord['house'],
    uin: row[AT.uin] as string,
    dateTabled: new Date(row[AT.dateTabled] as number),
    dateDue: new Date(row[AT.dateDue] as number),
    dateAnswered: toDate(row[AT.dateAnswered]),
    daysToAnswer: row[AT.daysToAnswer] as number | null,
    state: row[AT.state] as QuestionExportRecord['state'],
    isNamedDay: Boolean(row[AT.isNamedDay]),
    heading: row[AT.heading] as string,
    questionText: row[AT.questionText] as string,
    askerName: row[AT.askerName] as string,
    partyName: row[AT.partyName] as string | null,
    departmentName: row[AT.departmentName] as string,
    answererName: row[AT.answererName] as string | null,
    answerText: row[AT.answerText] as string | null,
    answerVersions: row[AT.answerVersions] as number,
    source: row[AT.source] as string,
    unreportedFields: row[AT.unreportedFields] as string | null,
  };
}

/** Where the next batch starts after `row`: its document key when searching, else [dateTabled, id]. */
export function exportCursor(row: unknown[], searching: boolean): number[] {
  return searching ? [row[0] as number] : [row[AT.dateTabled] as number, row[0] as number];
}

const RECORD_COLUMNS = `q."id" AS id, q."house" AS house, q."uin" AS uin, q."dateTabled" AS dateTabled, q."dateDue" AS dateDue,
  q."dateAnswered" AS dateAnswered, q."daysToAnswer" AS daysToAnswer, q."state" AS state, q."isNamedDay" AS isNamedDay,
  q."heading" AS heading, q."source" AS source, q."unreportedFields" AS unreportedFields,
  am."displayName" AS askerName, am."slug" AS askerSlug, p."name" AS partyName, p."abbreviation" AS partyAbbreviation, p."colour" AS partyColour,
  d."name" AS departmentName, d."shortName" AS departmentShortName, d."slug" AS departmentSlug, lm."displayName" AS answererName, lm."slug" AS answererSlug`;

const RECORD_JOINS = `JOIN "Member" am ON am."id" = q."askingMemberId"
  LEFT JOIN "Party" p ON p."id" = am."partyId"
  JOIN "Department" d ON d."id" = q."departmentId"
  LEFT JOIN "Member" lm ON lm."id" = (SELECT a."answeringMemberId" FROM "AnswerVersion" a WHERE a."questionId" = q."id" ORDER BY a."sequence" DESC LIMIT 1)`;

/** The table's columns for the given question ids (order is restored by the caller). */
export function recordsSql(count: number): string {
  return `SELECT ${RECORD_COLUMNS} FROM "Question" q ${RECORD_JOINS} WHERE q."id" IN (${placeholders(count)})`;
}

/** One row of recordsSql as the table's record. */
export function pageRecord(row: Record<string, unknown>): QuestionRecord {
  return {
    id: Number(row.id),
    house: row.house as QuestionRecord['house'],
    uin: String(row.uin),
    dateTabled: toDate(row.dateTabled)!,
    dateDue: toDate(row.dateDue)!,
    dateAnswered: toDate(row.dateAnswered),
    daysToAnswer: row.daysToAnswer === null ? null : Number(row.daysToAnswer),
    state: row.state as QuestionRecord['state'],
    isNamedDay: Boolean(row.isNamedDay),
    heading: String(row.heading),
    source: String(row.source),
    unreportedFields: (row.unreportedFields as string | null) ?? null,
    askerName: String(row.askerName),
    askerSlug: String(row.askerSlug),
    partyName: (row.partyName as string | null) ?? null,
    partyAbbreviation: (row.partyAbbreviation as string | null) ?? null,
    partyColour: (row.partyColour as string | null) ?? null,
    departmentName: String(row.departmentName),
    departmentShortName: String(row.departmentShortName),
    departmentSlug: String(row.departmentSlug),
    answererName: (row.answererName as string | null) ?? null,
    answererSlug: (row.answererSlug as string | null) ?? null,
  };
}
