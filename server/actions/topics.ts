'use server';
/**
 * Topic writes. The pattern every staff action follows: the shared schema, the role, and the business step
 * alone inside staffAction (server/actions/staff-action.ts), which checks, validates, runs the transaction
 * and insists on history.
 */
import { slugify } from '@/lib/search/slugify';
import { topicPath } from '@/lib/routes';
import { createTopicSchema, mergeTopicSchema, updateTopicSchema } from '@/lib/validation/topic-form';
import { assertUnchangedSince } from '@/server/history/concurrency';
import { mergeTopics } from '@/server/topic-merge';
import { FormError, NotFoundError, staffAction } from './staff-action';

export const createTopic = staffAction({
  role: 'editor',
  schema: createTopicSchema,
  run: async (input, { tx, record }) => {
    const slug = slugify(input.name);
    if (!slug) throw new FormError('Check the highlighted fields: nothing was saved.', { name: ['Name needs at least one letter or digit'] });
    const clash = await tx.topic.findFirst({ where: { OR: [{ slug }, { name: input.name }] }, select: { name: true } });
    if (clash) throw new FormError('Check the highlighted fields: nothing was saved.', { name: [`There is already a topic called “${clash.name}”`] });
    const topic = await tx.topic.create({ data: { name: input.name, slug, description: input.description, source: 'STAFF' } });
    await record({ entityType: 'Topic', entityId: topic.id, action: 'create', summary: topic.name, after: { name: topic.name, slug, description: topic.description } });
    return { redirectTo: topicPath({ slug }), message: `Topic “${topic.name}” created.` };
  },
});

export const updateTopic = staffAction({
  role: 'editor',
  schema: updateTopicSchema,
  run: async (input, { tx, record }) => {
    const before = await tx.topic.findUnique({ where: { id: input.id }, select: { name: true, slug: true, description: true } });
    if (!before) throw new NotFoundError('This topic no longer exists: it may have been merged or deleted.');
    await assertUnchangedSince(tx, 'Topic', input.id, input.baseChangeId, async () => [
      { label: 'Name', value: before.name },
      { label: 'Description', value: before.description ?? '' },
    ]);
    const slug = slugify(input.name);
    if (!slug) throw new FormError('Check the highlighted fields: nothing was saved.', { name: ['Name needs at least one letter or digit'] });
    const clash = await tx.topic.findFirst({ where: { id: { not: input.id }, OR: [{ slug }, { name: input.name }] }, select: { name: true } });
    if (clash) throw new FormError('Check the highlighted fields: nothing was saved.', { name: [`There is already a topic called “${clash.name}”`] });
    const after = { name: input.name, slug, description: input.description };
    await tx.topic.update({ where: { id: input.id }, data: after });
    await record({ entityType: 'Topic', entityId: input.id, action: 'update', summary: input.name, before, after });
    return { redirectTo: topicPath({ slug }), message: 'Topic saved.' };
  },
});

export const mergeTopic = staffAction({
  role: 'editor',
  schema: mergeTopicSchema,
  run: async (input, ctx) => {
    const { into, moved } = await mergeTopics(ctx, input);
    const count = moved.questionIds.length + moved.meetingIds.length + moved.coverageIds.length;
    return { redirectTo: topicPath(into), message: `Merged into “${into.name}”: ${count} ${count === 1 ? 'record' : 'records'} newly tagged.` };
  },
});
