/**
 * Every endpoint of /api/v1, once: its address, what it is for, its parameters and its response
 * schema. The route handlers (app/api/v1) take their schemas from here and the OpenAPI document
 * (lib/api/openapi.ts) is generated from this list, so a route cannot be served undocumented.
 */
import { z } from '@/lib/validation/zod';
import { coveragePageSchema, coverageSchema } from './coverage';
import { departmentPageSchema, departmentSchema } from './department';
import { meetingPageSchema, meetingSchema } from './meeting';
import { memberPageSchema, memberSchema } from './member';
import { coverageListParams, idPath, meetingListParams, memberListParams, plainListParams, questionListParams, scopedTimelineParams, slugPath, timelineParams } from './params';
import { questionPageSchema, questionSchema } from './question';
import { timelinePageSchema } from './timeline';
import { topicPageSchema, topicSchema } from './topic';

export interface Endpoint {
  /** OpenAPI path template under /api/v1. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
}

const QUESTIONS_DESCRIPTION = `The questions table as data: the same parameters as the /questions page (search text with its syntax — quoted phrases, OR, -exclusions, prefix*, heading:, house:, status:, uin: — and every filter and sort), a page at a time. The table's page, size and hide are refused: page with limit and cursor.

Cursors: a walk is frozen on the questions that existed when it began (ids only grow), so records added while you page never shift it and each record comes once; start a new walk to see new ones. A record deleted, or changed so that it moves in the chosen sort, during a walk can shift the rest by one. With sort=relevance each page is ranked again from word statistics that new records change, so a walk may rarely repeat or miss a record: harvest with a date sort (the default without search words, sort=dateTabled).`;

const TIMELINE_DESCRIPTION = 'Meetings, questions tabled, answers (holding, substantive, corrections) and coverage in date order, newest first unless order=oldest. Events added on dates the walk has not reached appear in their place.';

export const ENDPOINTS = {
  questions: { path: '/questions', tag: 'Questions', summary: 'Search and filter questions', description: QUESTIONS_DESCRIPTION, query: questionListParams, response: questionPageSchema },
  question: {
    path: '/questions/{id}',
    tag: 'Questions',
    summary: 'One question in full',
    description: 'Every answer version with attachments, the meetings they cite, coverage, follow-ups both ways, grouped questions, topics and the question’s timeline.',
    pathParams: idPath,
    response: questionSchema,
  },
  members: { path: '/members', tag: 'Members', summary: 'List members', description: 'In id order: new members come at the end of a walk.', query: memberListParams, response: memberPageSchema },
  member: { path: '/members/{slug}', tag: 'Members', summary: 'One member, with their posts over time', pathParams: slugPath, response: memberSchema },
  memberTimeline: { path: '/members/{slug}/timeline', tag: 'Timelines', summary: 'A member’s timeline', description: TIMELINE_DESCRIPTION, pathParams: slugPath, query: scopedTimelineParams, response: timelinePageSchema },
  departments: { path: '/departments', tag: 'Departments', summary: 'List departments', query: plainListParams, response: departmentPageSchema },
  department: { path: '/departments/{slug}', tag: 'Departments', summary: 'One department', pathParams: slugPath, response: departmentSchema },
  departmentTimeline: { path: '/departments/{slug}/timeline', tag: 'Timelines', summary: 'A department’s timeline', description: TIMELINE_DESCRIPTION, pathParams: slugPath, query: scopedTimelineParams, response: timelinePageSchema },
  meetings: { path: '/meetings', tag: 'Meetings', summary: 'List meetings', description: 'In id order: new meetings come at the end of a walk.', query: meetingListParams, response: meetingPageSchema },
  meeting: { path: '/meetings/{id}', tag: 'Meetings', summary: 'One meeting', pathParams: idPath, response: meetingSchema },
  coverageList: { path: '/coverage', tag: 'Coverage', summary: 'List coverage (news articles)', description: 'In id order: new articles come at the end of a walk.', query: coverageListParams, response: coveragePageSchema },
  coverage: { path: '/coverage/{id}', tag: 'Coverage', summary: 'One article', pathParams: idPath, response: coverageSchema },
  topics: { path: '/topics', tag: 'Topics', summary: 'List topics', query: plainListParams, response: topicPageSchema },
  topic: { path: '/topics/{slug}', tag: 'Topics', summary: 'One topic', pathParams: slugPath, response: topicSchema },
  topicTimeline: { path: '/topics/{slug}/timeline', tag: 'Timelines', summary: 'A topic’s timeline', description: TIMELINE_DESCRIPTION, pathParams: slugPath, query: scopedTimelineParams, response: timelinePageSchema },
  timeline: { path: '/timeline', tag: 'Timelines', summary: 'The timeline of everything', description: `${TIMELINE_DESCRIPTION} Narrow it with member, department and topic (their addresses).`, query: timelineParams, response: timelinePageSchema },
} satisfies Record<string, Endpoint>;

/** The document itself and the API's root, served like the others but not listed among the resources. */
export const META_ENDPOINTS = {
  openapi: { path: '/openapi.json', tag: 'Reference', summary: 'This OpenAPI document', response: z.looseObject({ openapi: z.literal('3.1.0') }) },
  root: {
    path: '/',
    tag: 'Reference',
    summary: 'Where to start',
    response: z.object({ openapi: z.string(), docs: z.string(), endpoints: z.array(z.string()) }),
  },
} satisfies Record<string, Endpoint>;
