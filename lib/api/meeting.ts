/** The meeting resource: a meeting, who took part, its topics and the answers that cite it. */
import { z } from '@/lib/validation/zod';
import { calendarDate, memberRef, pageOf, recordSource, topicRef, unreportedFields } from './common';

export const meetingSchema = z
  .object({
    id: z.number().int(),
    path: z.string(),
    apiPath: z.string(),
    date: calendarDate,
    title: z.string(),
    place: z.string().nullable(),
    kind: z.enum(['BILATERAL', 'MULTILATERAL', 'OTHER']),
    description: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    participants: z.array(
      z.object({ member: memberRef.nullable(), name: z.string().nullable(), role: z.string().nullable(), organisation: z.string().nullable(), country: z.string().nullable() }),
    ),
    topics: z.array(topicRef),
    citedBy: z
      .array(z.object({ questionId: z.number().int(), questionApiPath: z.string(), answerSequence: z.number().int() }))
      .meta({ description: 'Answer versions citing this meeting.' }),
    source: recordSource,
    isDemo: z.boolean(),
    unreportedFields,
  })
  .meta({ id: 'Meeting' });

export const meetingPageSchema = pageOf(meetingSchema, 'MeetingPage');
export type MeetingJson = z.input<typeof meetingSchema>;
