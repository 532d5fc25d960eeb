/** The coverage resource: a news article and the questions, members and topics it is about. */
import { z } from '@/lib/validation/zod';
import { calendarDate, memberRef, pageOf, recordSource, topicRef, unreportedFields } from './common';

/** An article's own fields: the coverage resource and the coverage of a question share them. */
export const coverageFields = {
  id: z.number().int(),
  path: z.string(),
  apiPath: z.string(),
  outlet: z.string(),
  headline: z.string(),
  url: z.string(),
  publishedOn: calendarDate.nullable(),
  author: z.string().nullable(),
  summary: z.string().nullable(),
};

export const coverageSchema = z
  .object({
    ...coverageFields,
    questionIds: z.array(z.number().int()),
    members: z.array(memberRef),
    topics: z.array(topicRef),
    source: recordSource,
    isDemo: z.boolean(),
    unreportedFields,
  })
  .meta({ id: 'Coverage' });

export const coveragePageSchema = pageOf(coverageSchema, 'CoveragePage');
export type CoverageJson = z.input<typeof coverageSchema>;
