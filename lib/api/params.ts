/**
 * Query parameters of the API's lists: one zod object per list, used to validate requests (strictly:
 * unknown or repeated parameters are refused with a message, never ignored) and to document them in
 * the OpenAPI document. The questions list reuses the questions table's own schema (question-query.ts).
 */
import { z } from '@/lib/validation/zod';
import { questionQuerySchema } from '@/lib/validation/question-query';
import { calendarDate as calendarDateParam, slugParam } from '@/lib/validation/search-params';
import { COMBINED_TIMELINE_KINDS, TIMELINE_ORDERS } from '@/lib/validation/timeline';
import { pagingParams } from './common';
import { ApiError } from './errors';

/** Table parameters the API replaces with limit and cursor. */
export const TABLE_ONLY_PARAMS = ['page', 'size', 'hide'] as const;

const { page: _page, size: _size, hide: _hide, ...questionFilterShape } = questionQuerySchema.shape;
/** For the document: the table's filters, sorts and search, then paging. Validation itself goes through parseQuestionQuery. */
export const questionListParams = z.object({ ...questionFilterShape, ...pagingParams });
export const QUESTION_LIST_KEYS = ['member', 'answerer', 'party', 'department', 'topic', 'status'] as const;

export const memberListParams = z.object({ house: z.enum(['commons', 'lords'], { message: 'house: use commons or lords' }).optional(), ...pagingParams });
export const plainListParams = z.object({ ...pagingParams });
export const meetingListParams = z.object({
  from: calendarDateParam.optional().meta({ description: 'Meetings on or after this date (YYYY-MM-DD).' }),
  to: calendarDateParam.optional().meta({ description: 'Meetings on or before this date (YYYY-MM-DD).' }),
  ...pagingParams,
});
export const coverageListParams = z.object({
  question: z.coerce.number({ message: 'question: use a question id' }).int('question: use a question id').min(1, 'question: use a question id').optional().meta({ description: 'Only articles covering this question (id).' }),
  ...pagingParams,
});

const timelineShape = {
  from: calendarDateParam.optional(),
  to: calendarDateParam.optional(),
  kind: z.array(z.enum(COMBINED_TIMELINE_KINDS, { message: `kind: use ${COMBINED_TIMELINE_KINDS.join(', ')}` })).optional().meta({ description: 'Kinds of event (repeat or comma-separate); all when absent.' }),
  order: z.enum(TIMELINE_ORDERS, { message: 'order: use oldest or newest' }).default('newest'),
  ...pagingParams,
};
export const scopedTimelineParams = z.object(timelineShape);
export const timelineParams = z.object({ ...timelineShape, member: slugParam.optional(), department: slugParam.optional(), topic: slugParam.optional() });
export const TIMELINE_LIST_KEYS = ['kind'] as const;

export const slugPath = z.object({ slug: slugParam });
export const idPath = z.object({ id: z.coerce.number({ message: 'id: use a whole number' }).int('id: use a whole number').min(1, 'id: use a whole number').max(2 ** 31, 'id: too large') });

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
