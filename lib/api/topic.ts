/** The topic resource. */
import { z } from '@/lib/validation/zod';
import { pageOf, recordSource } from './common';

export const topicSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    path: z.string(),
    apiPath: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    source: recordSource,
    isDemo: z.boolean(),
  })
  .meta({ id: 'Topic' });

export const topicPageSchema = pageOf(topicSchema, 'TopicPage');
export type TopicJson = z.input<typeof topicSchema>;
