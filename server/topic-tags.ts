import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { formatDate } from '@/lib/dates';
import { TAGGABLE_LABELS, type TaggableKind, type TopicTagInput } from '@/lib/validation/topic-tags';
import { FormError, type StaffContext } from '@/server/writes/execute-staff-write';
import type { HistoryEntity } from '@/server/history/record-change';

type Tx = Prisma.TransactionClient;
type TagContext = Pick<StaffContext, 'tx' | 'record'>;

/** The history's name for each kind of taggable record. */
export const TAGGABLE_ENTITY: Record<TaggableKind, HistoryEntity> = { question: 'Question', meeting: 'Meeting', coverage: 'Coverage' };

const house = (h: string) => (h === 'LORDS' ? 'Lords' : 'Commons');

/** Readable labels of records of one kind, by id (the ones that exist): "Commons 8024: Defence: Procurement". */
export async function taggableLabels(tx: Tx, kind: TaggableKind, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  switch (kind) {
    case 'question': {
      const rows = await tx.question.findMany({ where, select: { id: true, house: true, uin: true, heading: true } });
      return new Map(rows.map((q) => [q.id, `${house(q.house)} ${q.uin}: ${q.heading}`]));
    }
    case 'meeting': {
      const rows = await tx.meeting.findMany({ where, select: { id: true, title: true, date: true } });
      return new Map(rows.map((m) => [m.id, `${m.title} (${formatDate(m.date)})`]));
    }
    case 'coverage': {
      const rows = await tx.coverage.findMany({ where, select: { id: true, outlet: true, headline: true } });
      return new Map(rows.map((c) => [c.id, `${c.outlet}: ${c.headline}`]));
    }
  }
}

/** Which of `pairs` ([recordId, topicId]) are already tagged. */
async function existingTags(tx: Tx, kind: TaggableKind, recordIds: number[], topicIds: number[]): Promise<Set<string>> {
  const key = (recordId: number, topicId: number) => `${recordId}:${topicId}`;
  const topicId = { in: topicIds };
  switch (kind) {
    case 'question':
      return new Set((await tx.questionTopic.findMany({ where: { questionId: { in: recordIds }, topicId } })).map((r) => key(r.questionId, r.topicId)));
    case 'meeting':
      return new Set((await tx.meetingTopic.findMany({ where: { meetingId: { in: recordIds }, topicId } })).map((r) => key(r.meetingId, r.topicId)));
    case 'coverage':
      return new Set((await tx.coverageTopic.findMany({ where: { coverageId: { in: recordIds }, topicId } })).map((r) => key(r.coverageId, r.topicId)));
  }
}

async function writeTag(tx: Tx, kind: TaggableKind, recordId: number, topicId: number, add: boolean): Promise<void> {
  if (kind === 'question') {
    if (add) await tx.questionTopic.create({ data: { questionId: recordId, topicId } });
    else await tx.questionTopic.delete({ where: { questionId_topicId: { questionId: recordId, topicId } } });
  } else if (kind === 'meeting') {
    if (add) await tx.meetingTopic.create({ data: { meetingId: recordId, topicId } });
    else await tx.meetingTopic.delete({ where: { meetingId_topicId: { meetingId: recordId, topicId } } });
  } else {
    if (add) await tx.coverageTopic.create({ data: { coverageId: recordId, topicId } });
    else await tx.coverageTopic.delete({ where: { coverageId_topicId: { coverageId: recordId, topicId } } });
  }
}

const REFUSED = 'Check the highlighted fields: nothing was saved.';

/**
 * Tags (`add`) or untags records of one kind with topics: every pair that changes is written and recorded
 * as a link/unlink on BOTH the topic and the record, so each one's history shows it. Pairs already in the
 * wanted state are left alone (never duplicated); when none change, the editor is told so and nothing is
 * written. Unknown topics or records are refused with the field named.
 */
export async function setTopicTags({ tx, record }: TagContext, input: TopicTagInput, add: boolean): Promise<{ changed: number; message: string }> {
  const { kind } = input;
  const noun = TAGGABLE_LABELS[kind];
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true, name: true } });
  const missingTopics = input.topics.filter((slug) => !topics.some((t) => t.slug === slug));
  if (missingTopics.length) throw new FormError(REFUSED, { topics: [`No topic has the address “${missingTopics.join('”, “')}”: it may have been merged or deleted. Choose from the list.`] });
  const labels = await taggableLabels(tx, kind, input.records);
  const missing = input.records.filter((id) => !labels.has(id));
  if (missing.length) throw new FormError(REFUSED, { records: [`No ${noun.one} has the id ${missing.join(', ')}: it may have been deleted. Choose from the list.`] });

  const existing = await existingTags(tx, kind, input.records, topics.map((t) => t.id));
  let changed = 0;
  for (const topic of topics) {
    for (const recordId of input.records) {
      if (existing.has(`${recordId}:${topic.id}`) === add) continue;
      await writeTag(tx, kind, recordId, topic.id, add);
      const label = labels.get(recordId)!;
      const link = { [noun.one]: { id: recordId, label } };
      await record({ entityType: 'Topic', entityId: topic.id, action: add ? 'link' : 'unlink', summary: topic.name, ...(add ? { after: link } : { before: link }) });
      const topicLink = { topic: { id: topic.id, name: topic.name, slug: topic.slug } };
      await record({ entityType: TAGGABLE_ENTITY[kind], entityId: recordId, action: add ? 'link' : 'unlink', summary: label, ...(add ? { after: topicLink } : { before: topicLink }) });
      changed++;
    }
  }
  const subject = input.records.length === 1 ? `This ${noun.one}` : `These ${noun.many}`;
  if (changed === 0) {
    throw new FormError(add ? `${subject} already ${input.records.length === 1 ? 'has' : 'have'} ${topics.length === 1 ? 'this topic' : 'these topics'}: nothing changed.` : `${subject} ${input.records.length === 1 ? 'does' : 'do'} not have ${topics.length === 1 ? 'this topic' : 'these topics'}: nothing changed.`);
  }
  if (changed === 1 && topics.length === 1 && input.records.length === 1) {
    const label = labels.get(input.records[0]!)!;
    return { changed, message: add ? `Tagged “${label}” with “${topics[0]!.name}”.` : `Removed “${topics[0]!.name}” from “${label}”.` };
  }
  const what = `${changed} ${changed === 1 ? 'tag' : 'tags'}`;
  return { changed, message: add ? `Added ${what}.` : `Removed ${what}.` };
}
