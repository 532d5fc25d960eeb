/**
 * URL filters of the meetings and coverage lists (the member, department and topic lists keep theirs
 * beside their table configs). Sort, page and page size belong to the shared data table's own URL
 * state. Read with parseSearchParams, so a bad value is a message, not a 500.
 */
import { z } from 'zod';
import { MEETING_KINDS } from '../labels';
import { calendarDate, pageParam, slugParam } from './search-params';

/** Free text typed into a list's search box. */
export const searchText = z.string().trim().max(200, 'Search text is limited to 200 characters.');

export const meetingFilterSchema = z.object({
  q: searchText.optional(),
  kind: z.enum(MEETING_KINDS, { message: `Kind must be ${MEETING_KINDS.slice(0, -1).join(', ')} or ${MEETING_KINDS.at(-1)}.` }).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  member: slugParam.optional(),
  department: slugParam.optional(),
  topic: slugParam.optional(),
});
export type MeetingFilters = z.output<typeof meetingFilterSchema>;

export const coverageFilterSchema = z.object({
  q: searchText.optional(),
  outlet: z.string().trim().max(200, 'An outlet name is at most 200 characters.').optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  member: slugParam.optional(),
  topic: slugParam.optional(),
});
export type CoverageFilters = z.output<typeof coverageFilterSchema>;

/** Sort keys the data layer implements for each list (the table configs in lib/validation/*-table.ts use them). */
export const MEETING_SORTS = ['date', 'title', 'citations'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];
export const COVERAGE_SORTS = ['published', 'outlet', 'headline'] as const;
export type CoverageSort = (typeof COVERAGE_SORTS)[number];

/** A page of a sub-list on a detail page (answers given, overdue questions…). */
export const pageOnlySchema = z.object({ page: pageParam.optional() });

export const DEFAULT_PAGE_SIZE = 25;
