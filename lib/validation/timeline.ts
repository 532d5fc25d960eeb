/**
 * What a combined timeline (a topic's, a member's, a department's, or /timeline across everything)
 * can be filtered by, as URL search parameters. Every field is checked on its own: a malformed one
 * is dropped with a message and the rest still apply (see parseSearchParams).
 */
import { z } from './zod';
import type { TimelineEventKind } from '@/lib/timeline/types';
import { calendarDate, slugParam } from './search-params';

/** The kinds a combined timeline shows (a question's own due/withdrawn/follow-up events are not here). */
export const COMBINED_TIMELINE_KINDS = ['meeting', 'tabled', 'holding-answer', 'answered', 'corrected', 'coverage'] as const satisfies readonly TimelineEventKind[];
export type CombinedTimelineKind = (typeof COMBINED_TIMELINE_KINDS)[number];

export const COMBINED_KIND_LABELS: Record<CombinedTimelineKind, string> = {
  meeting: 'Meetings',
  tabled: 'Questions tabled',
  'holding-answer': 'Holding answers',
  answered: 'Answers',
  corrected: 'Corrections',
  coverage: 'Coverage',
};

export const TIMELINE_ORDERS = ['oldest', 'newest'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** `2025-03-11.2`: continue after the first 2 events dated 11 March 2025 (in the page's order). URL-safe as it stands. */
export const timelineCursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}\.\d{1,6}$/, 'Use the “Show more” link to page through a timeline.')
  .transform((value, ctx) => {
    const [iso, skip] = value.split('.') as [string, string];
    const date = calendarDate.safeParse(iso);
    if (!date.success) {
      ctx.addIssue({ code: 'custom', message: 'Use the “Show more” link to page through a timeline.' });
      return z.NEVER;
    }
    return { date: date.data, skip: Number(skip) };
  });
export type TimelineCursor = z.output<typeof timelineCursor>;

const kindList = z
  .array(z.enum(COMBINED_TIMELINE_KINDS, { message: `Kind must be one of: ${COMBINED_TIMELINE_KINDS.join(', ')}.` }))
  .transform((kinds) => [...new Set(kinds)]);

/** Filters shared by every combined timeline. */
export const timelineFilterSchema = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  kind: kindList.optional(),
  order: z.enum(TIMELINE_ORDERS, { message: 'Order must be “oldest” or “newest”.' }).optional(),
  cursor: timelineCursor.optional(),
});

/** /timeline adds who and what. A member is given by address or by name (resolved on the server). */
export const generalTimelineSchema = timelineFilterSchema.extend({
  member: z.string().trim().min(2, 'Give at least two letters of a member’s name.').max(100, 'A member’s name is at most 100 characters.').optional(),
  department: slugParam.optional(),
  topic: slugParam.optional(),
});

/** Keys whose values may repeat in the URL (`?kind=meeting&kind=coverage`). */
export const TIMELINE_LIST_KEYS = ['kind'] as const;
