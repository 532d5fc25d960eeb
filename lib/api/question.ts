/**
 * The question resource: a row of the list (the questions table's row) and one question in full.
 * Every stored field of Question, AnswerVersion and Attachment is here; a field the Parliament sync
 * adds is added to `questionSchema` (or `answerVersionSchema`) and to its mapper,
 * server/api/question-resource.ts, and nowhere else.
 */
import { z } from '@/lib/validation/zod';
import { calendarDate, departmentRef, house, instant, memberRef, pageOf, partyRef, questionStatus, recordSource, topicRef, unreportedFields } from './common';
import { coverageFields } from './coverage';
import { meetingFields } from './meeting';
import { timelineEventSchema } from './timeline';

const segment = z.object({ text: z.string(), match: z.boolean() });
const matchSchema = z
  .object({ heading: z.array(segment).nullable(), question: z.array(segment).nullable(), answer: z.array(segment).nullable() })
  .nullable()
  .meta({ id: 'SearchMatch', description: 'Where the search words matched (pieces of text, `match` true on the matched words); null when not searching.' });

export const questionSummarySchema = z
  .object({
    id: z.number().int(),
    path: z.string(),
    apiPath: z.string(),
    house,
    uin: z.string(),
    dateTabled: calendarDate,
    dateDue: calendarDate,
    isNamedDay: z.boolean(),
    heading: z.string(),
    askingMember: memberRef.extend({ party: partyRef.nullable() }),
    department: departmentRef,
    status: questionStatus,
    daysOverdue: z.number().int().nullable(),
    dateAnswered: calendarDate.nullable(),
    daysToAnswer: z.number().int().nullable(),
    answeringMember: z.object({ name: z.string(), slug: z.string() }).nullable().meta({ description: 'Who gave the latest answer version.' }),
    source: recordSource,
    isDemo: z.boolean(),
    unreportedFields,
    match: matchSchema,
  })
  .meta({ id: 'QuestionSummary' });

export const questionPageSchema = pageOf(questionSummarySchema, 'QuestionPage', {
  total: z.number().int().meta({ description: 'Matching questions (when the walk began, if records were added since).' }),
  sort: z.string(),
  dir: z.enum(['asc', 'desc']),
  notices: z.array(z.string()).meta({ description: 'What the search-syntax parser did with input it could not take literally.' }),
  rankedWithin: z.number().int().nullable().meta({ description: 'Relevance ranked only the newest this-many matches (a very common word).' }),
});

export const attachmentSchema = z
  .object({ id: z.number().int(), title: z.string(), url: z.string(), fileType: z.string().nullable(), sizeBytes: z.number().int().nullable() })
  .meta({ id: 'Attachment' });

export const answerVersionSchema = z
  .object({
    id: z.number().int(),
    sequence: z.number().int().meta({ description: '1, 2, 3… in the order the versions were given.' }),
    kind: z.enum(['HOLDING', 'SUBSTANTIVE', 'CORRECTION']),
    answeredOn: calendarDate,
    answeringMember: memberRef.extend({ roleTitle: z.string().nullable() }).nullable(),
    textHtml: z.string().meta({ description: 'Sanitised HTML.' }),
    textPlain: z.string(),
    attachments: z.array(attachmentSchema),
    citedMeetingIds: z.array(z.number().int()),
    source: recordSource,
    isDemo: z.boolean(),
    unreportedFields,
    createdAt: instant,
  })
  .meta({ id: 'AnswerVersion' });

export const citedMeetingSchema = z
  .object({
    ...meetingFields,
    citedBySequences: z.array(z.number().int()),
    isDemo: z.boolean(),
    unreportedFields,
  })
  .meta({ id: 'CitedMeeting' });

export const coverageItemSchema = z
  .object({
    ...coverageFields,
    isDemo: z.boolean(),
    unreportedFields,
  })
  .meta({ id: 'CoverageItem' });

export const questionRefSchema = z
  .object({
    id: z.number().int(),
    path: z.string(),
    apiPath: z.string(),
    house,
    uin: z.string(),
    dateTabled: calendarDate,
    heading: z.string(),
    askingMember: memberRef,
    status: questionStatus,
    isDemo: z.boolean(),
    unreportedFields,
  })
  .meta({ id: 'QuestionRef' });

const followUpSchema = z
  .object({
    question: questionRefSchema,
    answer: z
      .object({ sequence: z.number().int(), kind: z.enum(['HOLDING', 'SUBSTANTIVE', 'CORRECTION']), answeredOn: calendarDate, answeringMemberName: z.string().nullable() })
      .nullable()
      .meta({ description: 'The answer followed up, when known.' }),
    origin: z.enum(['TEXT', 'STAFF', 'SOURCE']),
  })
  .meta({ id: 'FollowUp' });

export const questionSchema = z
  .object({
    id: z.number().int(),
    parliamentId: z.number().int().nullable().meta({ description: 'The Written Questions API id, for imported questions.' }),
    path: z.string(),
    apiPath: z.string(),
    parliamentUrl: z.string().nullable(),
    parliamentRecord: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({
        description:
          'For a question imported from Parliament: its record exactly as the Written Questions API gave it at the last sync (every field, with the full question and answer texts the list truncates); null otherwise.',
      }),
    house,
    uin: z.string(),
    dateTabled: calendarDate,
    dateDue: calendarDate,
    isNamedDay: z.boolean(),
    heading: z.string(),
    text: z.string(),
    memberHasInterest: z.boolean(),
    withdrawnAt: instant.nullable(),
    dateWithdrawn: calendarDate.nullable(),
    state: z.enum(['AWAITING', 'HOLDING', 'ANSWERED', 'CORRECTED', 'WITHDRAWN']).meta({ description: 'The stored state (status adds overdue).' }),
    status: questionStatus,
    dateAnswered: calendarDate.nullable(),
    daysToAnswer: z.number().int().nullable(),
    askingMember: memberRef.extend({ house, party: partyRef.omit({ colour: true }).nullable(), constituency: z.string().nullable() }),
    department: departmentRef,
    answers: z.array(answerVersionSchema),
    meetings: z.array(citedMeetingSchema),
    coverage: z.array(coverageItemSchema),
    followsUp: z.array(followUpSchema),
    followedUpBy: z.array(followUpSchema),
    grouped: z.array(questionRefSchema),
    topics: z.array(topicRef),
    timeline: z.array(timelineEventSchema),
    source: recordSource,
    isDemo: z.boolean(),
    unreportedFields,
    sourceNote: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Question' });

export type QuestionSummaryJson = z.input<typeof questionSummarySchema>;
export type QuestionJson = z.input<typeof questionSchema>;
