/**
 * Query parameters of the API's lists: one zod object per list, used to validate requests (strictly:
 * unknown or repeated parameters are refused with a message, never ignored) and to document them in
 * the OpenAPI document. The questions list reuses the questions table's own schema (question-query.ts).
 */
import { z } from '@/lib/validation/zod';
import { questionQuerySchema } from '@/lib/validation/question-query';
import { calendarDate as calendarDateParam, slugParam } from '@/lib/validation/search-params';
import { COMBINED_TIMELINE_KINDS, TIMELINE_ORDERS } from '@/lib/validation/timeline';
import { MAX_RECORD_ID, wholeNumberParam } from '@/lib/validation/number-param';
import { pagingParams } from './common';
import { ApiError } from './errors';

/** Table parameters the API replaces with limit and cursor. */
export const TABLE_ONLY_PARAMS = ['page', 'size', 'hide'] as const;

const { page: _page, size: _size, hide: _hide, ...questionFilterShape } = questionQuerySchema.shape;
const many = 'several allowed (repeat the parameter or separate with commas)';
/** What each of the table's parameters means, for the document (the schema itself is the table's). */
const QUESTION_PARAM_HELP: Record<keyof typeof questionFilterShape, string> = {
  q: 'Search words, as in the search box: both words; "an exact phrase"; drones OR missiles; -word or NOT word; procure* (prefix, 3 letters or more); field:word for heading, question, answer, member, asker, answerer, department, meeting; and house:lords, status:overdue, uin:1234.',
  house: 'commons or lords.',
  member: `Asking member by address (e.g. edward-morello); ${many}.`,
  answerer: `Answering member by address; ${many}.`,
  party: `Party of the asking member by address (e.g. liberal-democrat); ${many}.`,
  department: `Answering department by address (e.g. ministry-of-defence); ${many}.`,
  topic: `Topic by address; ${many}.`,
  status: `Status; ${many}. answered includes corrected.`,
  namedDay: 'yes: only named-day questions; no: only ordinary ones.',
  coverage: 'yes: only questions with news coverage; no: only those without.',
  meeting: 'yes: only questions whose answers cite a meeting; no: only those that do not.',
  tabledFrom: 'Tabled on or after (YYYY-MM-DD).',
  tabledTo: 'Tabled on or before (YYYY-MM-DD).',
  answeredFrom: 'Answered on or after (YYYY-MM-DD).',
  answeredTo: 'Answered on or before (YYYY-MM-DD).',
  dueFrom: 'Due on or after (YYYY-MM-DD).',
  dueTo: 'Due on or before (YYYY-MM-DD).',
  sort: 'Order: relevance (the default with search words), or a column; dateTabled is the default without search words.',
  dir: 'asc or desc (each sort has its natural default).',
};
const describedFilters = Object.fromEntries(
  Object.entries(questionFilterShape).map(([key, schema]) => [key, schema.meta({ description: QUESTION_PARAM_HELP[key as keyof typeof questionFilterShape] })]),
) as typeof questionFilterShape;
/** For the document: the table's filters, sorts and search, then paging. Validation itself goes through parseQuestionQuery. */
export const questionListParams = z.object({ ...describedFilters, ...pagingParams });
export const QUESTION_LIST_KEYS = ['member', 'answerer', 'party', 'department', 'topic', 'status'] as const;

export const memberListParams = z.object({ house: z.enum(['commons', 'lords'], { message: 'house: use commons or lords' }).optional().meta({ description: 'Only members of this House.' }), ...pagingParams });
export const plainListParams = z.object({ ...pagingParams });
export const meetingListParams = z.object({
  from: calendarDateParam.optional().meta({ description: 'Meetings on or after this date (YYYY-MM-DD).' }),
  to: calendarDateParam.optional().meta({ description: 'Meetings on or before this date (YYYY-MM-DD).' }),
  ...pagingParams,
});
export const coverageListParams = z.object({
  question: wholeNumberParam({ label: 'question', min: 1, max: MAX_RECORD_ID }).optional().meta({ description: 'Only articles covering this question (id).' }),
  ...pagingParams,
});

const timelineShape = {
  from: calendarDateParam.optional().meta({ description: 'Events on or after this date (YYYY-MM-DD).' }),
  to: calendarDateParam.optional().meta({ description: 'Events on or before this date (YYYY-MM-DD).' }),
  kind: z.array(z.enum(COMBINED_TIMELINE_KINDS, { message: `kind: use ${COMBINED_TIMELINE_KINDS.join(', ')}` })).optional().meta({ description: 'Kinds of event (repeat or comma-separate); all when absent.' }),
  order: z.enum(TIMELINE_ORDERS, { message: 'order: use oldest or newest' }).default('newest'),
  ...pagingParams,
};
export const scopedTimelineParams = z.object(timelineShape);
export const timelineParams = z.object({
  ...timelineShape,
  member: slugParam.optional().meta({ description: 'Only events about this member (their address, e.g. edward-morello).' }),
  department: slugParam.optional().meta({ description: 'Only events about this department (its address).' }),
  topic: slugParam.optional().meta({ description: 'Only events about this topic (its address).' }),
});
export const TIMELINE_LIST_KEYS = ['kind'] as const;

export const slugPath = z.object({ slug: slugParam });
export const idPath = z.object({ id: wholeNumberParam({ label: 'id', min: 1, max: MAX_RECORD_ID }) });

/**
 * Validates URL search parameters with `schema`, strictly: unknown names, repeats of single-valued
 * parameters and malformed values are a 400 naming every problem. Empty values count as absent.
 */
export function parseParams<S extends z.ZodObject>(schema: S, params: URLSearchParams, listKeys: readonly string[] = []): z.output<S> {
  const input: Record<string, string | string[]> = {};
  const problems: string[] = [];
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (value === '') continue;
    if (listKeys.includes(key)) {
      const list = (input[key] as string[] | undefined) ?? [];
      list.push(...value.split(',').map((v) => v.trim()).filter(Boolean));
      input[key] = list;
    } else if (key in input) problems.push(`“${key}” is given more than once`);
    else input[key] = value;
  }
  const result = schema.strict().safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') problems.push(`unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}`);
      else problems.push(issue.path.length ? `${String(issue.path[0])}: ${issue.message.replace(new RegExp(`^${String(issue.path[0])}: `), '')}` : issue.message);
    }
  }
  if (problems.length > 0 || !result.success) throw new ApiError('invalid_parameter', `The request’s parameters are not valid: ${[...new Set(problems)].join('; ')}.`);
  return result.data as z.output<S>;
}

/** Same for path parameters (Next hands them over already decoded). */
export function parsePath<S extends z.ZodObject>(schema: S, values: Record<string, string | string[] | undefined>): z.output<S> {
  const result = schema.safeParse(values);
  if (!result.success) throw new ApiError('invalid_parameter', `The address is not valid: ${result.error.issues.map((i) => i.message).join('; ')}.`);
  return result.data as z.output<S>;
}
