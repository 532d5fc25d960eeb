/** The meeting resource: a meeting, who took part, its topics and the answers that cite it. */
import { DatePrecision, MeetingKind } from '@/generated/prisma/enums';
import { z } from '@/lib/validation/zod';
import { calendarDate, memberRef, pageOf, recordSource, topicRef, unreportedFields } from './common';

export const participantSchema = z
  .object({ member: memberRef.nullable(), name: z.string().nullable(), role: z.string().nullable(), organisation: z.string().nullable(), country: z.string().nullable() })
  .meta({ id: 'MeetingParticipant' });

/** A meeting's own fields: the meeting resource and the meetings a question's answers cite share them. */
export const meetingFields = {
  id: z.number().int(),
  path: z.string(),
  apiPath: z.string(),
  date: calendarDate,
  datePrecision: z.enum(DatePrecision).meta({ description: 'DAY, or MONTH when the source gave only the month (the date is then the first of that month).' }),
  endDate: calendarDate.nullable().meta({ description: 'Last day of a meeting or trip over several days; null for one day.' }),
  title: z.string(),
  place: z.string().nullable(),
  kind: z.enum(MeetingKind),
  description: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  participants: z.array(participantSchema),
};

export const meetingSchema = z
  .object({
    ...meetingFields,
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
