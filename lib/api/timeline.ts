/** Timeline events: a question's own story, and the combined timelines (everything, a member, a department, a topic). */
import { z } from '@/lib/validation/zod';
import { calendarDate, pageOf } from './common';

export const TIMELINE_KINDS = ['tabled', 'due', 'meeting', 'holding-answer', 'answered', 'corrected', 'withdrawn', 'coverage', 'follow-up'] as const;

export const timelineEventSchema = z
  .object({
    id: z.string().meta({ description: 'Stable within one timeline.' }),
    kind: z.enum(TIMELINE_KINDS),
    date: calendarDate,
    title: z.string(),
    path: z.string().nullable().meta({ description: 'The page the event links to on this site.' }),
    detail: z.string().nullable(),
    dateUnreported: z.boolean().meta({ description: 'The date is a placeholder: the source did not report it.' }),
    isDemo: z.boolean(),
  })
  .meta({ id: 'TimelineEvent' });

export const timelinePageSchema = pageOf(timelineEventSchema, 'TimelinePage');
export type TimelineEventJson = z.input<typeof timelineEventSchema>;
