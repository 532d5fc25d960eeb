/**
 * SQL text for question searches on SQLite (with server/search/sqlite/sqlite-search.ts, which runs it).
 *
 * Strategy, measured at a million questions (BENCHMARKS.md):
 * - With search words, the FTS index is the outer loop (CROSS JOIN fixes the order) and ranks or
 *   orders by itself: `ORDER BY rank` sorts inside FTS5, `ORDER BY rowid` walks the doclists in
 *   date order (the rowid is the date-ordered document key). Question rows are joined only to test
 *   filters and, for the page, only for the ids finally shown.
 * - A tabled-date range becomes a rowid range FTS5 applies itself.
 * - Without search words, only ids are selected and ordered (covering index scans, so a deep OFFSET
 *   skips index entries, not table rows); the page's 25 rows are fetched afterwards by id.
 */
import { statusCondition } from '@/lib/question-status';
import { RANK_WINDOW, windowedRankSql } from './sqlite-rank-sql';
import { deadlineCheckSql } from './sqlite-deadline';
import { columnSortOrder } from '../column-sort-order';
import type { DateRange, SearchPlan } from '../types';

export type SqlParam = number | string;
export interface Sql {
  text: string;
  params: SqlParam[];
}

const ID_BITS = 4294967296; // 2^32: the document key is (days + 100000) * 2^32 + question id
const DAY_MS = 86_400_000;
const DAY_OFFSET = 100_000;

/** The FTS document key of a question (mirrors question_search_source in the migration). */
export function documentKey(dateTabled: Date, questionId: number): number {
  return (Math.floor(dateTabled.getTime() / DAY_MS) + DAY_OFFSET) * ID_BITS + questionId;
}

export function questionIdFromKey(key: number): number {
  return key % ID_BITS;
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The placeholder for a document key compared with the FTS rowid. better-sqlite3 binds every JS
 * number as a REAL, and FTS5 only seeks on an INTEGER rowid bound: given a REAL it walks the whole
 * doclist to the bound (and for `rowid = ?` it even returns every match). Measured at a million
 * questions, "support" from a key near the end: 35 ms as REAL, 0.02 ms as INTEGER.
 */
export const KEY_PARAM = 'CAST(? AS INTEGER)';

function rangeSql(column: string, range: DateRange, where: string[], params: SqlParam[]): void {
  if (range.from) {
    where.push(`${column} >= ?`);
    params.push(range.from.getTime());
  }
  if (range.to) {
    where.push(`${column} <= ?`);
    params.push(range.to.getTime());
  }
}

/**
 * Conditions on Question `q`. When the FTS index applies them (`inIndex`), the tabled range (a rowid
 * range) and the tagged filters (sqlite-filter-tags.ts: department, House, members, party, status) are left out.
 */
export function filterConditions(plan: SearchPlan, options: { inIndex: boolean }): Sql & { where: string[] } {
  const { inIndex } = options;
  const f = plan.filters;
  const where: string[] = [];
  const params: SqlParam[] = [];
  const inList = (sql: string, values: readonly SqlParam[]) => {
    if (values.length === 0) return;
    where.push(sql.replace('(?)', `(${placeholders(values)})`));
    params.push(...values);
  };
  if (!inIndex) {
    inList('q."house" IN (?)', f.houses);
    inList('q."askingMemberId" IN (?)', f.askingMemberIds);
    inList('q."departmentId" IN (?)', f.departmentIds);
    inList('q."askingMemberId" IN (SELECT m."id" FROM "Member" m WHERE m."partyId" IN (?))', f.partyIds);
  }
  inList('q."uin" IN (?)', f.uins);
  inList('q."id" IN (SELECT a."questionId" FROM "AnswerVersion" a WHERE a."answeringMemberId" IN (?))', f.answeringMemberIds);
  inList('q."id" IN (SELECT t."questionId" FROM "QuestionTopic" t WHERE t."topicId" IN (?))', f.topicIds);
  // With search words, the index's status tags apply the status filter (withFilterTags).
  if (!inIndex && f.statuses.length > 0) {
    const parts = f.statuses.map((status) => {
      const c = statusCondition(status, plan.today);
      params.push(c.state);
      if (c.dueBefore) {
        params.push(c.dueBefore.getTime());
        return '(q."state" = ? AND q."dateDue" < ?)';
      }
      if (c.dueOnOrAfter) {
        params.push(c.dueOnOrAfter.getTime());
        return '(q."state" = ? AND q."dateDue" >= ?)';
      }
      return 'q."state" = ?';
    });
    where.push(parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`);
  }
  if (f.namedDay !== undefined) where.push(`q."isNamedDay" = ${f.namedDay ? 1 : 0}`);
  if (f.hasCoverage !== undefined) {
    where.push(`q."id" ${f.hasCoverage ? '' : 'NOT '}IN (SELECT c."questionId" FROM "CoverageQuestion" c)`);
  }
  if (f.citesMeeting !== undefined) {
    where.push(
      `q."id" ${f.citesMeeting ? '' : 'NOT '}IN (SELECT a."questionId" FROM "AnswerVersion" a JOIN "AnswerMeeting" am ON am."answerId" = a."id")`,
    );
  }
  if (f.maxId !== undefined) {
    where.push('q."id" <= ?');
    params.push(f.maxId);
  }
  if (!inIndex) rangeSql('q."dateTabled"', f.tabled, where, params);
  rangeSql('q."dateAnswered"', f.answered, where, params);
  rangeSql('q."dateDue"', f.due, where, params);
  return { where, params, text: where.join(' AND ') };
}

/** The status groups, most in need of attention first (overdue, awaiting, holding, answered, corrected, withdrawn). */
const STATUS_RANK = `CASE WHEN q."state" = 'AWAITING' AND q."dateDue" < ? THEN 0 WHEN q."state" = 'AWAITING' THEN 1
  WHEN q."state" = 'HOLDING' THEN 2 WHEN q."state" = 'ANSWERED' THEN 3 WHEN q."state" = 'CORRECTED' THEN 4 ELSE 5 END`;

/**
 * The status sort's groups as separate slices, each ordered the way useful for it whatever the
 * direction (the longest overdue first, the latest answers first): without search words each slice
 * is read through an index instead of sorting every question (see SqliteQuestionSearch).
 */
export function statusSegments(plan: SearchPlan): Sql[] {
  const today = plan.today.getTime();
  const dueSoonest = 'q."dateDue" ASC, q."id" ASC';
  const latestAnswer = 'q."dateAnswered" DESC NULLS LAST, q."id" DESC';
  const segments: Sql[] = [
    { text: `q."state" = 'AWAITING' AND q."dateDue" < ? ORDER BY ${dueSoonest}`, params: [today] },
    { text: `q."state" = 'AWAITING' AND q."dateDue" >= ? ORDER BY ${dueSoonest}`, params: [today] },
    { text: `q."state" = 'HOLDING' ORDER BY ${dueSoonest}`, params: [] },
    { text: `q."state" = 'ANSWERED' ORDER BY ${latestAnswer}`, params: [] },
    { text: `q."state" = 'CORRECTED' ORDER BY ${latestAnswer}`, params: [] },
    { text: `q."state" = 'WITHDRAWN' ORDER BY q."dateTabled" DESC, q."id" DESC`, params: [] },
  ];
  return plan.dir === 'asc' ? segments : segments.reverse();
}

/** ORDER BY for the sorts that need Question columns. Ties end on id, so pages never overlap. */
function questionOrder(plan: SearchPlan): { joins: string; order: string; params: SqlParam[] } {
  const d = plan.dir === 'asc' ? 'ASC' : 'DESC';
  const shared = columnSortOrder(plan);
  if (shared) return { ...shared, params: [] };
  switch (plan.sort) {
    case 'status': {
      // One sort over the rows (used with search words, where the matches bound the work).
      const today = plan.today.getTime();
      return {
        joins: '',
        order: `${STATUS_RANK} ${d}, CASE WHEN ${STATUS_RANK} <= 2 THEN q."dateDue" END ASC, CASE WHEN ${STATUS_RANK} IN (3, 4) THEN q."dateAnswered" END DESC,
          CASE WHEN ${STATUS_RANK} = 5 THEN q."dateTabled" END DESC, CASE WHEN ${STATUS_RANK} <= 2 THEN q."id" ELSE -q."id" END ASC`,
        params: [today, today, today, today, today],
      };
    }
    default:
      throw new Error(`No order for the sort ${plan.sort}.`);
  }
}

function tabledKeyRange(range: DateRange): { where: string[]; params: SqlParam[] } {
  const where: string[] = [];
  const params: SqlParam[] = [];
  if (range.from) {
    where.push(`f."rowid" >= ${KEY_PARAM}`);
    params.push(documentKey(range.from, 0));
  }
  if (range.to) {
    where.push(`f."rowid" <= ${KEY_PARAM}`);
    params.push(documentKey(range.to, ID_BITS - 1));
  }
  return { where, params };
}

export interface TextParts {
  from: string;
  where: string;
  params: SqlParam[];
  needsQuestion: boolean;
}

export interface TextOptions {
  /**
   * Match these words (without the tags) in the index scan and keep the rows `match` finds, looked up
   * by rowid in its result: for ranking few word matches (see FEW_WORD_MATCHES).
   */
  rankWords?: string;
}

export function textParts(plan: SearchPlan, match: string, forceJoin: boolean, options: TextOptions = {}): TextParts {
  const filters = filterConditions(plan, { inIndex: true });
  const keys = tabledKeyRange(plan.filters.tabled);
  const needsQuestion = forceJoin || filters.where.length > 0;
  const from = needsQuestion
    ? 'question_search f CROSS JOIN "Question" q ON q."id" = (f."rowid" & 4294967295)'
    : 'question_search f';
  // The unary + keeps SQLite from handing the IN list to FTS5 as rowid lookups (one query each).
  const [matches, matchParams] =
    options.rankWords === undefined
      ? [['f.question_search MATCH ?'], [match]]
      : [['f.question_search MATCH ?', '+f."rowid" IN (SELECT g."rowid" FROM question_search g WHERE g.question_search MATCH ?)'], [options.rankWords, match]];
  // Last, so SQLite still hands the MATCH and the rowid range to FTS5; checked on the rows FTS5 returns.
  const where = [...matches, ...keys.where, ...filters.where, deadlineCheckSql('f."rowid"')].join(' AND ');
  return { from, where, params: [...matchParams, ...keys.params, ...filters.params], needsQuestion };
}

/** The page's ids (FTS document keys when searching, question ids otherwise), in order. */
export function pageKeysSql(plan: SearchPlan, match: string | null, options: TextOptions & { relevance?: string; rankWindow?: number } = {}): Sql & { keys: 'document' | 'question' } {
  if (match !== null) {
    const indexOrdered = plan.sort === 'relevance' || plan.sort === 'dateTabled';
    const ranking = plan.sort === 'relevance' ? { rankWords: options.rankWords } : {};
    const parts = textParts(plan, match, !indexOrdered, ranking);
    if (plan.sort === 'relevance' && options.rankWords === undefined) {
      const relevance = options.relevance ?? 'bm25(question_search)';
      return { ...windowedRankSql(parts, relevance, options.rankWindow ?? RANK_WINDOW, plan), keys: 'document' };
    }
    const { joins, order, params } = indexOrdered
      ? { joins: '', order: plan.sort === 'relevance' ? `${options.relevance ?? 'bm25(question_search)'}, f."rowid" DESC` : `f."rowid" ${plan.dir === 'asc' ? 'ASC' : 'DESC'}`, params: [] }
      : questionOrder(plan);
    return {
      text: `SELECT f."rowid" AS k FROM ${parts.from} ${joins} WHERE ${parts.where} ORDER BY ${order} LIMIT ? OFFSET ?`,
      params: [...parts.params, ...params, plan.limit, plan.offset],
      keys: 'document',
    };
  }
  const filters = filterConditions(plan, { inIndex: false });
  const { joins, order, params } = questionOrder(plan);
  const where = filters.where.length ? `WHERE ${filters.text}` : '';
  return {
    text: `SELECT q."id" AS k FROM "Question" q ${joins} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params: [...filters.params, ...params, plan.limit, plan.offset],
    keys: 'question',
  };
}

/** Without search words, one status group: its count, or a slice of its ids in its own order. */
export function statusSegmentSql(plan: SearchPlan, segment: Sql, slice: { offset: number; limit: number } | null): Sql {
  const filters = filterConditions(plan, { inIndex: false });
  const [condition, order] = segment.text.split(' ORDER BY ') as [string, string];
  const where = [...filters.where, condition].join(' AND ');
  if (!slice) return { text: `SELECT count(*) AS n FROM "Question" q WHERE ${where}`, params: [...filters.params, ...segment.params] };
  return {
    text: `SELECT q."id" AS k FROM "Question" q WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    params: [...filters.params, ...segment.params, slice.limit, slice.offset],
  };
}

export function countSql(plan: SearchPlan, match: string | null): Sql {
  if (match !== null) {
    const parts = textParts(plan, match, false);
    return { text: `SELECT count(*) AS n FROM ${parts.from} WHERE ${parts.where}`, params: parts.params };
  }
  const filters = filterConditions(plan, { inIndex: false });
  return { text: `SELECT count(*) AS n FROM "Question" q${filters.where.length ? ` WHERE ${filters.text}` : ''}`, params: filters.params };
}
