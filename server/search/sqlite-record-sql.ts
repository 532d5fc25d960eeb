/**
 * SQL text for the rows themselves on SQLite: the table's columns for a page of ids, and keyset
 * batches of whole rows for exports. Which rows match is decided in sqlite-search-sql.ts.
 */
import type { SearchPlan } from './types';
import { filterConditions, textParts, type Sql } from './sqlite-search-sql';

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/**
 * One export batch, whole rows, in date-tabled order after `cursor` (a document key when searching;
 * otherwise [dateTabled ms, id]). Keyset, so every batch costs the same however deep the export is,
 * and one query per batch: the latest answer version is joined once, not looked up per column.
 */
export function exportBatchSql(plan: SearchPlan, match: string | null, cursor: number[] | null, batchSize: number): Sql {
  const asc = plan.sort === 'dateTabled' && plan.dir === 'asc';
  const dir = asc ? 'ASC' : 'DESC';
  const cmp = asc ? '>' : '<';
  const columns = `${RECORD_COLUMNS}, q."text" AS questionText, la."textPlain" AS answerText, coalesce(la."sequence", 0) AS answerVersions`;
  const joins = `${EXPORT_JOINS}`;
  if (match !== null) {
    const parts = textParts(plan, match, true);
    const after = cursor ? ` AND f."rowid" ${cmp} ?` : '';
    return {
      text: `SELECT f."rowid" AS k, ${columns} FROM ${parts.from} ${joins} WHERE ${parts.where}${after} ORDER BY f."rowid" ${dir} LIMIT ?`,
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
    text: `SELECT q."id" AS k, ${columns} FROM "Question" q ${joins}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY q."dateTabled" ${dir}, q."id" ${dir} LIMIT ?`,
    params: [...params, batchSize],
  };
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

/** Versions are numbered 1, 2, 3… and never removed, so the latest's sequence is also their count. */
const EXPORT_JOINS = `JOIN "Member" am ON am."id" = q."askingMemberId"
  LEFT JOIN "Party" p ON p."id" = am."partyId"
  JOIN "Department" d ON d."id" = q."departmentId"
  LEFT JOIN "AnswerVersion" la ON la."questionId" = q."id" AND la."sequence" = (SELECT max(a."sequence") FROM "AnswerVersion" a WHERE a."questionId" = q."id")
  LEFT JOIN "Member" lm ON lm."id" = la."answeringMemberId"`;

/** The table's columns for the given question ids (order is restored by the caller). */
export function recordsSql(count: number): string {
  return `SELECT ${RECORD_COLUMNS} FROM "Question" q ${RECORD_JOINS} WHERE q."id" IN (${placeholders(count)})`;
}
