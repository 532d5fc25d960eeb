/** The topic forms' schemas: shared by the forms, their Server Actions, imports and the API. */
import { z } from '@/lib/validation/zod';
import { baseChangeId, optionalText, recordId, requiredText } from './form-fields';

export const topicFields = {
  name: requiredText('Name', 120),
  description: optionalText('Description', 2000),
};

export const createTopicSchema = z.object(topicFields);
export const updateTopicSchema = z.object({ ...topicFields, id: recordId('Topic'), baseChangeId });
export type TopicInput = z.output<typeof createTopicSchema>;

/** Merging a topic (`id`) into another (`into`, the survivor's address, from a single topic picker). */
export const mergeTopicSchema = z.object({
  id: recordId('Topic'),
  baseChangeId,
  into: z
    .union([z.string(), z.array(z.string())], { message: 'Choose the topic to merge into' })
    .transform((v) => (Array.isArray(v) ? (v[0] ?? '') : v).trim().toLowerCase())
    .pipe(z.string().min(1, 'Choose the topic to merge into').regex(/^[a-z0-9][a-z0-9-]{0,120}$/, 'Choose the topic to merge into from the list')),
});
export type MergeTopicInput = z.output<typeof mergeTopicSchema>;
