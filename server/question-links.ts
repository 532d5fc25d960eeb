import 'server-only';
/**
 * Links made and removed from a question's page: follow-ups (either direction; confirm or reject those found
 * in the wording), grouped questions (stored in both directions) and topics. Each link or unlink is recorded
 * on both records it joins, so each one's history shows it. Run inside staffAction's transaction.
 */
import type { Prisma } from '@/generated/prisma/client';
import { questionLabel } from '@/lib/question-label';
import { FormError, NotFoundError, type StaffOutcome } from '@/server/writes/execute-staff-write';
import type { ChangeInput } from '@/server/history/record-change';
import type { FollowUpLinkSnapshot } from './follow-up-detection';

type Tx = Prisma.TransactionClient;
type RecordChange = (change: ChangeInput) => Promise<number>;

const questionKeySelect = { id: true, house: true, uin: true, dateTabled: true, heading: true } as const;

async function findQuestion(tx: Tx, id: number, missing = 'This question no longer exists: it may have been deleted.') {
  const q = await tx.question.findUnique({ where: { id }, select: questionKeySelect });
  if (!q) throw new NotFoundError(missing);
  return q;
}

/** Links `other` to question `id` as the question it follows up (`direction: 'earlier'`) or as its follow-up. */
export async function addFollowUp(tx: Tx, input: { id: number; direction: 'earlier' | 'later'; other: number }, record: RecordChange): Promise<StaffOutcome> {
  const self = await findQuestion(tx, input.id);
  const other = await findQuestion(tx, input.other, 'The chosen question no longer exists: choose another.');
  if (self.id === other.id) throw new FormError('Not linked: a question cannot follow itself up.', { other: ['Choose a different question'] });
  const [earlier, later] = input.direction === 'earlier' ? [other, self] : [self, other];
  if (later.dateTabled.getTime() < earlier.dateTabled.getTime()) {
    throw new FormError('Not linked: a follow-up cannot be tabled before the question it follows up.', {
      other: [`${questionLabel(later)} was tabled before ${questionLabel(earlier)}`],
    });
  }
  const existing = await tx.questionFollowUp.findMany({
    where: { OR: [{ followUpId: later.id, earlierId: earlier.id }, { followUpId: earlier.id, earlierId: later.id }] },
    select: { followUpId: true },
  });
  if (existing.length) throw new FormError('Not linked: these two questions are already linked as follow-ups.', { other: ['Already linked'] });
  await tx.questionFollowUp.create({ data: { followUpId: later.id, earlierId: earlier.id, origin: 'STAFF' } });
  const after: FollowUpLinkSnapshot = { link: 'followUp', followUpId: later.id, earlierId: earlier.id, origin: 'STAFF', earlierAnswerId: null };
  await record({ entityType: 'Question', entityId: later.id, action: 'link', summary: `Follows up ${questionLabel(earlier)}`, after });
  await record({ entityType: 'Question', entityId: earlier.id, action: 'link', summary: `Followed up by ${questionLabel(later)}`, after });
  return { message: `Linked: ${questionLabel(later)} follows up ${questionLabel(earlier)}.` };
}

async function findFollowUp(tx: Tx, pair: { id: number; followUpId: number; earlierId: number }) {
  if (pair.id !== pair.followUpId && pair.id !== pair.earlierId) throw new FormError('That link does not belong to this question.');
  const link = await tx.questionFollowUp.findUnique({
    where: { followUpId_earlierId: { followUpId: pair.followUpId, earlierId: pair.earlierId } },
    include: { followUp: { select: questionKeySelect }, earlier: { select: questionKeySelect } },
  });
  if (!link) throw new NotFoundError('That follow-up link no longer exists: someone may have removed it already.');
  return link;
}

/**
 * Removes a follow-up link; `reject` says it was a wrong detection. Either way the change log keeps the pair,
 * and the wording detector will not suggest it again (server/follow-up-detection.ts).
 */
export async function removeFollowUp(tx: Tx, pair: { id: number; followUpId: number; earlierId: number }, record: RecordChange, reject = false): Promise<StaffOutcome> {
  const link = await findFollowUp(tx, pair);
  if (reject && link.origin !== 'TEXT') throw new FormError('Only a follow-up found in the wording can be rejected; remove this one instead.');
  await tx.questionFollowUp.delete({ where: { followUpId_earlierId: { followUpId: link.followUpId, earlierId: link.earlierId } } });
  const before: FollowUpLinkSnapshot = { link: 'followUp', followUpId: link.followUpId, earlierId: link.earlierId, origin: link.origin, earlierAnswerId: link.earlierAnswerId };
  const after = reject ? { rejected: true } : undefined;
  const how = reject ? 'Rejected the follow-up found in the wording' : 'Removed follow-up';
  await record({ entityType: 'Question', entityId: link.followUpId, action: 'unlink', summary: `${how}: follows up ${questionLabel(link.earlier)}`, before, after });
  await record({ entityType: 'Question', entityId: link.earlierId, action: 'unlink', summary: `${how}: followed up by ${questionLabel(link.followUp)}`, before, after });
  return { message: reject ? 'Follow-up rejected: it will not be suggested again.' : 'Follow-up link removed.' };
}

/** Confirms a follow-up found in the wording: it becomes a staff link; the history keeps that it was detected. */
export async function confirmFollowUp(tx: Tx, pair: { id: number; followUpId: number; earlierId: number }, record: RecordChange): Promise<StaffOutcome> {
  const link = await findFollowUp(tx, pair);
  if (link.origin !== 'TEXT') throw new FormError('This follow-up is already confirmed.');
  await tx.questionFollowUp.update({ where: { followUpId_earlierId: { followUpId: link.followUpId, earlierId: link.earlierId } }, data: { origin: 'STAFF' } });
  const base = { link: 'followUp', followUpId: link.followUpId, earlierId: link.earlierId, earlierAnswerId: link.earlierAnswerId };
  const before = { ...base, origin: 'TEXT' };
  const after = { ...base, origin: 'STAFF', confirmed: true };
  await record({ entityType: 'Question', entityId: link.followUpId, action: 'link', summary: `Confirmed the follow-up found in the wording: follows up ${questionLabel(link.earlier)}`, before, after });
  await record({ entityType: 'Question', entityId: link.earlierId, action: 'link', summary: `Confirmed the follow-up found in the wording: followed up by ${questionLabel(link.followUp)}`, before, after });
  return { message: 'Follow-up confirmed.' };
}

/** Groups two questions (answered together): stored in both directions. */
export async function groupQuestions(tx: Tx, input: { id: number; other: number }, record: RecordChange): Promise<StaffOutcome> {
  const self = await findQuestion(tx, input.id);
  const other = await findQuestion(tx, input.other, 'The chosen question no longer exists: choose another.');
  if (self.id === other.id) throw new FormError('Not grouped: a question cannot be grouped with itself.', { other: ['Choose a different question'] });
  const existing = await tx.questionGroupLink.findMany({ where: { OR: [{ fromId: self.id, toId: other.id }, { fromId: other.id, toId: self.id }] } });
  if (existing.length === 2) throw new FormError('Not grouped: these questions are already grouped.', { other: ['Already grouped'] });
  // One direction may exist alone (older data): add only what is missing.
  for (const [fromId, toId] of [[self.id, other.id], [other.id, self.id]] as const) {
    if (!existing.some((l) => l.fromId === fromId && l.toId === toId)) await tx.questionGroupLink.create({ data: { fromId, toId } });
  }
  const after = { link: 'group', questionIds: [self.id, other.id].sort((a, b) => a - b) };
  await record({ entityType: 'Question', entityId: self.id, action: 'link', summary: `Grouped with ${questionLabel(other)}`, after });
  await record({ entityType: 'Question', entityId: other.id, action: 'link', summary: `Grouped with ${questionLabel(self)}`, after });
  return { message: `Grouped with ${questionLabel(other)}.` };
}

export async function ungroupQuestions(tx: Tx, input: { id: number; other: number }, record: RecordChange): Promise<StaffOutcome> {
  const self = await findQuestion(tx, input.id);
  const other = await findQuestion(tx, input.other, 'The other question no longer exists.');
  const { count } = await tx.questionGroupLink.deleteMany({ where: { OR: [{ fromId: self.id, toId: other.id }, { fromId: other.id, toId: self.id }] } });
  if (count === 0) throw new NotFoundError('These questions are not grouped: someone may have ungrouped them already.');
  const before = { link: 'group', questionIds: [self.id, other.id].sort((a, b) => a - b) };
  await record({ entityType: 'Question', entityId: self.id, action: 'unlink', summary: `No longer grouped with ${questionLabel(other)}`, before });
  await record({ entityType: 'Question', entityId: other.id, action: 'unlink', summary: `No longer grouped with ${questionLabel(self)}`, before });
  return { message: `Ungrouped from ${questionLabel(other)}.` };
}

/** Tags the question with a topic (by slug, from the picker). */
export async function tagQuestion(tx: Tx, input: { id: number; topic: string }, record: RecordChange): Promise<StaffOutcome> {
  const q = await findQuestion(tx, input.id);
  const topic = await tx.topic.findUnique({ where: { slug: input.topic }, select: { id: true, name: true } });
  if (!topic) throw new FormError('Not tagged: that topic is not in the records.', { topic: ['Choose a topic from the suggestions'] });
  const existing = await tx.questionTopic.findUnique({ where: { questionId_topicId: { questionId: q.id, topicId: topic.id } } });
  if (existing) throw new FormError(`Not tagged: the question already has the topic “${topic.name}”.`, { topic: ['Already tagged'] });
  await tx.questionTopic.create({ data: { questionId: q.id, topicId: topic.id } });
  const after = { link: 'topic', questionId: q.id, topicId: topic.id };
  await record({ entityType: 'Question', entityId: q.id, action: 'link', summary: `Tagged “${topic.name}”`, after });
  await record({ entityType: 'Topic', entityId: topic.id, action: 'link', summary: `Tagged question ${questionLabel(q)}`, after });
  return { message: `Tagged “${topic.name}”.` };
}

export async function untagQuestion(tx: Tx, input: { id: number; topic: string }, record: RecordChange): Promise<StaffOutcome> {
  const q = await findQuestion(tx, input.id);
  const topic = await tx.topic.findUnique({ where: { slug: input.topic }, select: { id: true, name: true } });
  const { count } = topic ? await tx.questionTopic.deleteMany({ where: { questionId: q.id, topicId: topic.id } }) : { count: 0 };
  if (!topic || count === 0) throw new NotFoundError('The question does not have that topic: someone may have removed it already.');
  const before = { link: 'topic', questionId: q.id, topicId: topic.id };
  await record({ entityType: 'Question', entityId: q.id, action: 'unlink', summary: `Untagged “${topic.name}”`, before });
  await record({ entityType: 'Topic', entityId: topic.id, action: 'unlink', summary: `Untagged question ${questionLabel(q)}`, before });
  return { message: `Removed the topic “${topic.name}”.` };
}
