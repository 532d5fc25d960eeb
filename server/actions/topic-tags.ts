'use server';
/**
 * Tagging and untagging questions, meetings and articles with topics, from either end: the topic page sends
 * one topic (`topics`) and the records picked (`records`), a record's page sends itself (`kind`, `records`)
 * and the topics picked. Both refresh the page they were sent from; the history gets a link/unlink entry
 * on the topic and on the record (server/topic-tags.ts).
 */
import { topicTagSchema } from '@/lib/validation/topic-tags';
import { setTopicTags } from '@/server/topic-tags';
import { staffAction } from './staff-action';

export const tagWithTopics = staffAction({
  role: 'editor',
  schema: topicTagSchema,
  run: async (input, ctx) => ({ message: (await setTopicTags(ctx, input, true)).message }),
});

export const untagTopics = staffAction({
  role: 'editor',
  schema: topicTagSchema,
  run: async (input, ctx) => ({ message: (await setTopicTags(ctx, input, false)).message }),
});
