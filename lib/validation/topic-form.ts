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
