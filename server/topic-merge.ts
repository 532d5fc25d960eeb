import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { MergeTopicInput } from '@/lib/validation/topic-form';
import { FormError, NotFoundError, type StaffContext } from '@/server/writes/execute-staff-write';
import { assertUnchangedSince } from '@/server/history/concurrency';

type Tx = Prisma.TransactionClient;

/** Rows written per statement: well inside SQLite's limit on bound variables. */
const CHUNK = 400;

export interface MergeOutcome {
  into: { id: number; slug: string; name: string };
  /** Records newly tagged with the survivor (those it already had are not counted). */
  moved: { questionIds: number[]; meetingIds: number[]; coverageIds: number[] };
}

/** The ids of one kind of record tagged with `topicId`. */
async function taggedIds(tx: Tx, topicId: number) {
  const where = { topicId };
  const [questions, meetings, coverage] = await Promise.all([
    tx.questionTopic.findMany({ where, select: { questionId: true }, orderBy: { questionId: 'asc' } }),
    tx.meetingTopic.findMany({ where, select: { meetingId: true }, orderBy: { meetingId: 'asc' } }),
    tx.coverageTopic.findMany({ where, select: { coverageId: true }, orderBy: { coverageId: 'asc' } }),
  ]);
  return { questionIds: questions.map((r) => r.questionId), meetingIds: meetings.map((r) => r.meetingId), coverageIds: coverage.map((r) => r.coverageId) };
}

const without = (ids: number[], present: number[]) => {
  const have = new Set(present);
  return ids.filter((id) => !have.has(id));
};

async function inChunks(ids: number[], write: (chunk: number[]) => Promise<unknown>) {
  for (let i = 0; i < ids.length; i += CHUNK) await write(ids.slice(i, i + CHUNK));
}

/**
 * Merges topic `input.id` into the topic at `input.into`: every question, meeting and article tagged with
 * the first gains the survivor's tag (those that had both keep one), then the first topic is removed (its
 * own tags go with it). History records a `merge` on both topics with every id involved, so the merge can be
 * audited and undone by hand; the removed topic's address leads to the survivor (server/topic-redirects.ts).
 */
export async function mergeTopics({ tx, record }: Pick<StaffContext, 'tx' | 'record'>, input: MergeTopicInput): Promise<MergeOutcome> {
  const from = await tx.topic.findUnique({ where: { id: input.id }, select: { id: true, slug: true, name: true, description: true, source: true } });
  if (!from) throw new NotFoundError('This topic no longer exists: it may already have been merged or deleted.');
  await assertUnchangedSince(tx, 'Topic', from.id, input.baseChangeId, async () => [
    { label: 'Name', value: from.name },
    { label: 'Description', value: from.description ?? '' },
  ]);
  const into = await tx.topic.findUnique({ where: { slug: input.into }, select: { id: true, slug: true, name: true } });
  if (!into) throw new FormError('Check the highlighted fields: nothing was saved.', { into: [`No topic has the address “${input.into}”: choose one from the list.`] });
  if (into.id === from.id) throw new FormError('Check the highlighted fields: nothing was saved.', { into: ['Choose a different topic: a topic cannot be merged into itself.'] });

  const [fromTags, intoTags] = await Promise.all([taggedIds(tx, from.id), taggedIds(tx, into.id)]);
  const moved = {
    questionIds: without(fromTags.questionIds, intoTags.questionIds),
    meetingIds: without(fromTags.meetingIds, intoTags.meetingIds),
    coverageIds: without(fromTags.coverageIds, intoTags.coverageIds),
  };
  await inChunks(moved.questionIds, (ids) => tx.questionTopic.createMany({ data: ids.map((questionId) => ({ questionId, topicId: into.id })) }));
  await inChunks(moved.meetingIds, (ids) => tx.meetingTopic.createMany({ data: ids.map((meetingId) => ({ meetingId, topicId: into.id })) }));
  await inChunks(moved.coverageIds, (ids) => tx.coverageTopic.createMany({ data: ids.map((coverageId) => ({ coverageId, topicId: into.id })) }));
  // The link rows go with the topic (onDelete: Cascade).
  await tx.topic.delete({ where: { id: from.id } });

  const survivor = { id: into.id, slug: into.slug, name: into.name };
  const merged = { id: from.id, slug: from.slug, name: from.name };
  await record({
    entityType: 'Topic',
    entityId: from.id,
    action: 'merge',
    summary: from.name,
    before: { name: from.name, slug: from.slug, description: from.description, source: from.source, ...fromTags },
    after: { mergedInto: survivor },
  });
  await record({
    entityType: 'Topic',
    entityId: into.id,
    action: 'merge',
    summary: into.name,
    after: { mergedFrom: merged, moved, alreadyTagged: { questionIds: without(fromTags.questionIds, moved.questionIds), meetingIds: without(fromTags.meetingIds, moved.meetingIds), coverageIds: without(fromTags.coverageIds, moved.coverageIds) } },
  });
  return { into: survivor, moved };
}
