/** The work queue's URL (filters in the address, so a view can be bookmarked) and its assignment form. */
import { z } from '@/lib/validation/zod';
import { recordId } from './form-fields';
import { pageParam, parseSearchParams, slugParam, type RawSearchParams } from './search-params';

export const WORK_QUEUE_PAGE_SIZE = 25;

const workQueueParams = z.object({
  mine: z.enum(['1', 'yes', 'true'], { message: 'Use mine=1 for questions assigned to you.' }).transform(() => true),
  department: slugParam,
  page: pageParam,
});

export interface WorkQueueFilters {
  mine: boolean;
  department?: string;
  page: number;
}

/** Reads /work's filters; anything malformed is dropped with a readable message. */
export function parseWorkQueueParams(raw: RawSearchParams): { filters: WorkQueueFilters; problems: string[] } {
  const { values, problems } = parseSearchParams(workQueueParams, raw);
  return { filters: { mine: values.mine ?? false, department: values.department, page: values.page ?? 1 }, problems };
}

/**
 * Assigning a question: `assignee` is a staff account's id, "me" (the signed-in editor, resolved on the
 * server) or blank to unassign.
 */
export const assignQuestionSchema = z.object({
  questionId: recordId('Question'),
  assignee: z
    .string()
    .trim()
    .max(100, 'That is not an account')
    .optional()
    .transform((v) => v ?? ''),
});
export type AssignQuestionInput = z.output<typeof assignQuestionSchema>;
