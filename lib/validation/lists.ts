/**
 * URL parameters of the meetings and coverage lists (and the member/department sub-lists): search
 * text, filters, sort and page. Read with parseSearchParams, so a bad value is a message, not a 500.
 */
import { z } from 'zod';
import { calendarDate, pageParam, slugParam } from './search-params';

const searchText = z.string().trim().max(200, 'Search text is limited to 200 characters.');
const dir = z.enum(['asc', 'desc'], { message: 'Direction must be “asc” or “desc”.' });

export const MEETING_SORTS = ['date', 'title', 'citations'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

export const meetingListSchema = z.object({
  q: searchText.optional(),
  kind: z.enum(['BILATERAL', 'MULTILATERAL', 'OTHER'], { message: 'Kind must be bilateral, multilateral or other.' }).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  member: slugParam.optional(),
  topic: slugParam.optional(),
  sort: z.enum(MEETING_SORTS, { message: `Sort by ${MEETING_SORTS.join(', ')}.` }).optional(),
  dir: dir.optional(),
  page: pageParam.optional(),
});
export type MeetingListParams = z.output<typeof meetingListSchema>;

export const COVERAGE_SORTS = ['published', 'outlet', 'headline'] as const;
export type CoverageSort = (typeof COVERAGE_SORTS)[number];

export const coverageListSchema = z.object({
  q: searchText.optional(),
  outlet: z.string().trim().max(200).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  member: slugParam.optional(),
  topic: slugParam.optional(),
  sort: z.enum(COVERAGE_SORTS, { message: `Sort by ${COVERAGE_SORTS.join(', ')}.` }).optional(),
  dir: dir.optional(),
  page: pageParam.optional(),
});
export type CoverageListParams = z.output<typeof coverageListSchema>;

/** Lists of members, departments and topics: a name search and a page. */
export const nameListSchema = z.object({
  q: searchText.optional(),
  house: z.enum(['commons', 'lords'], { message: 'House must be commons or lords.' }).optional(),
  page: pageParam.optional(),
});

/** A page of a sub-list on a detail page (answers given, overdue questions…). */
export const pageOnlySchema = z.object({ page: pageParam.optional() });

export const DEFAULT_PAGE_SIZE = 25;
