import 'server-only';
import { isoDay, isoDayOrNull, pagingParams } from '@/lib/api/common';
import { decodeCursor, encodeCursor, fingerprint, offsetCursor } from '@/lib/api/cursor';
import { ApiError } from '@/lib/api/errors';
import { TABLE_ONLY_PARAMS } from '@/lib/api/params';
import type { questionPageSchema, QuestionSummaryJson } from '@/lib/api/question';
import { parseQuestionQuery, questionQueryToSearchParams } from '@/lib/validation/question-query';
import { z } from '@/lib/validation/zod';
import type { Segment } from '@/lib/search/segments';
import { prepareView, toListRow, type QuestionListRow, type QuestionSearchDeps } from '@/server/search/question-search';
import { isSearchDeadlineError } from '@/server/search/search-deadline';
import type { SearchPage } from '@/server/search/types';
import { apiPaths } from './paths';

const paging = z.object(pagingParams);

const segments = (list: Segment[] | null) => (list ? list.map((s) => ({ text: s.text, match: s.mark })) : null);

export function toQuestionSummary(row: QuestionListRow & { answererName?: string | null; answererSlug?: string | null }): QuestionSummaryJson {
  return {
    id: row.id,
    path: row.href,
    apiPath: apiPaths.question(row.id),
    house: row.house,
    uin: row.uin,
    dateTabled: isoDay(row.dateTabled),
    dateDue: isoDay(row.dateDue),
    isNamedDay: row.isNamedDay,
    heading: row.heading,
    askingMember: { slug: row.member.slug, name: row.member.name, path: row.member.href, apiPath: apiPaths.member(row.member.slug), party: row.member.party },
    department: { ...row.department, path: row.department.href, apiPath: apiPaths.department(row.department.slug) },
    status: row.status,
    daysOverdue: row.daysOverdue,
    dateAnswered: isoDayOrNull(row.dateAnswered),
    daysToAnswer: row.daysToAnswer,
    answeringMember: row.answererName && row.answererSlug ? { name: row.answererName, slug: row.answererSlug } : null,
    source: row.source,
    isDemo: row.isDemo,
    unreportedFields: row.unreportedFields,
    match: row.match ? { heading: segments(row.match.heading), question: segments(row.match.question), answer: segments(row.match.answer) } : null,
  };
}

/**
 * GET /api/v1/questions: the questions table's view (its parameters, read by its own parser,
 * parseQuestionQuery, and searched by its own search, prepareView + the search backend) a page at a
 * time by cursor instead of page number.
 *
 * The cursor holds the offset reached and the highest question id when the walk began. Ids only grow,
 * so when records have been added since, the later pages search with `id <= that` and the view the
 * walk pages through is the one it started on: every record is returned once, and records added during
 * the walk are left for the next walk. (Without additions the extra condition is left out: it costs
 * a join with search words.) Records deleted or changed so they move within the sort during a walk can
 * shift it by that many. With sort=relevance the ranking is recomputed for each page from word
 * statistics that additions change, so there a walk may in rare cases repeat or miss a record: harvest
 * with a date sort.
 */
export async function listQuestionsForApi(url: URL, deps: QuestionSearchDeps): Promise<z.input<typeof questionPageSchema>> {
  const filters = new URLSearchParams(url.searchParams);
  const table = TABLE_ONLY_PARAMS.filter((key) => filters.has(key));
  if (table.length > 0) {
    throw new ApiError('invalid_parameter', `The request’s parameters are not valid: ${table.map((k) => `“${k}”`).join(', ')} belong to the web page; page with limit and cursor.`);
  }
  const pagingInput = { limit: filters.getAll('limit'), cursor: filters.getAll('cursor') };
  filters.delete('limit');
  filters.delete('cursor');
  if (pagingInput.limit.length > 1 || pagingInput.cursor.length > 1) throw new ApiError('invalid_parameter', 'The request’s parameters are not valid: “limit” and “cursor” may be given once.');
  const pagingParsed = paging.safeParse({ limit: pagingInput.limit[0]?.trim() || undefined, cursor: pagingInput.cursor[0]?.trim() || undefined });
  if (!pagingParsed.success) throw new ApiError('invalid_parameter', `The request’s parameters are not valid: ${pagingParsed.error.issues.map((i) => i.message).join('; ')}.`);
  const limit = pagingParsed.data.limit;

  const parsed = parseQuestionQuery(filters);
  if (!parsed.ok) throw new ApiError('invalid_parameter', parsed.message);
  const f = fingerprint(questionQueryToSearchParams(parsed.query).toString());
  const cursor = pagingParsed.data.cursor ? decodeCursor(pagingParsed.data.cursor, offsetCursor, f) : null;

  const prepared = await prepareView(parsed.query, deps);
  if (!prepared.ok) throw new ApiError('invalid_parameter', prepared.message);
  const { view } = prepared;
  const highest = deps.backend.highestId();
  const ceiling = cursor ? cursor.c : highest;
  const offset = cursor?.o ?? 0;
  const filtersNow = highest > ceiling ? { ...view.plan.filters, maxId: ceiling } : view.plan.filters;
  let page: SearchPage;
  try {
    page = view.impossible
      ? { records: [], total: 0, snippets: new Map(), rankedWithin: null }
      : await deps.backend.search({ ...view.plan, filters: filtersNow, offset, limit });
  } catch (error) {
    if (isSearchDeadlineError(error)) throw new ApiError('search_timeout', error.message);
    throw error;
  }
  const searching = view.plan.text !== null;
  const data = page.records.map((record) =>
    toQuestionSummary({ ...toListRow(record, view.plan.today, page.snippets.get(record.id) ?? null, searching), answererName: record.answererName, answererSlug: record.answererSlug }),
  );
  const reached = offset + data.length;
  return {
    data,
    nextCursor: data.length === limit && reached < page.total ? encodeCursor({ o: reached, c: ceiling, f }) : null,
    limit,
    total: page.total,
    sort: view.plan.sort,
    dir: view.plan.dir,
    notices: view.text.notices,
    rankedWithin: page.rankedWithin,
  };
}
