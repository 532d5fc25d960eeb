/**
 * New questions from the API, a few bulk inserts per table (server/parliament/write-batch.ts), through the
 * database's BulkWriter (server/parliament/sync-dialect.ts picks it).
 */
import { londonToday } from '@/lib/dates';
import { mapQuestion } from '@/lib/parliament/map-question';
import { questionLabel } from '@/lib/question-label';
import { historyJson } from '@/server/history/record-change';
import { initialQuestionState } from '@/server/question-state';
import { attachmentData, payloadOf, preparedVersions, SYNC_ACTOR, versionData, type PreparedRecord, type Resolved } from './batch-records';
import type { BulkWriter } from './bulk-writer';

/**
 * Creates the questions with their versions, attachments, API records and history, inside the batch's
 * transaction (`writer` runs on its connection). Returns the new question ids by Parliament id.
 */
export async function createQuestions(writer: BulkWriter, items: PreparedRecord[], resolved: Resolved): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  if (!items.length) return ids;
  const now = new Date();
  const today = londonToday(now);
  const rows = items.map((item) => {
    const { record } = item;
    const q = mapQuestion(record);
    const withdrawnAt = q.isWithdrawn ? today : null;
    return {
      parliamentId: q.parliamentId,
      house: q.house,
      uin: q.uin,
      dateTabled: q.dateTabled,
      dateDue: q.dateDue,
      isNamedDay: q.isNamedDay,
      askingMemberId: resolved.member(q.askingMemberParliamentId),
      departmentId: resolved.department(q.answeringBodyId),
      heading: q.heading,
      text: q.text,
      memberHasInterest: q.memberHasInterest,
      withdrawnAt,
      source: 'PARLIAMENT' as const,
      ...initialQuestionState(q.dateTabled, withdrawnAt, preparedVersions(item)),
    };
  });
  // Ids first; on SQLite versions go in before their questions (see deferForeignKeys), so the search index is
  // built once per question; PostgreSQL's writer puts parents first when it flushes.
  const questionIds = await writer.reserveIds('Question', rows.length);
  rows.forEach((r, i) => ids.set(r.parliamentId, questionIds[i]!));
  const versionIds = await writer.reserveIds('AnswerVersion', items.reduce((n, item) => n + preparedVersions(item).length, 0));
  writer.deferForeignKeys();

  const insertVersion = writer.inserter('AnswerVersion', VERSION_COLUMNS);
  const insertAttachment = writer.inserter('Attachment', ['answerId', 'title', 'url', 'fileType', 'sizeBytes']);
  const versions: { id: number; data: ReturnType<typeof versionData> }[] = [];
  for (const item of items) {
    const { record } = item;
    let latest = 0;
    preparedVersions(item).forEach((v, i) => {
      const data = versionData(v, ids.get(record.id)!, i + 1, resolved);
      latest = versionIds[versions.length]!;
      insertVersion([latest, data.questionId, data.sequence, data.kind, data.answeredOn, data.answeringMemberId, data.textHtml, data.textPlain, data.source, data.unreportedFields, now]);
      versions.push({ id: latest, data });
    });
    if (latest) for (const a of attachmentData(record, latest)) insertAttachment([a.answerId, a.title, a.url, a.fileType, a.sizeBytes]);
  }
  const insertQuestion = writer.inserter('Question', QUESTION_COLUMNS);
  for (const r of rows) {
    insertQuestion([ids.get(r.parliamentId)!, r.parliamentId, r.house, r.uin, r.dateTabled, r.dateDue, r.isNamedDay, r.askingMemberId, r.departmentId, r.heading, r.text, r.memberHasInterest, r.withdrawnAt, r.source, r.state, r.dateAnswered, r.daysToAnswer, now, now]);
  }
  const insertRecord = writer.inserter('ParliamentQuestionRecord', ['parliamentId', 'questionId', 'listHash', 'payload', 'firstSeenAt', 'updatedAt']);
  for (const item of items) insertRecord([item.record.id, ids.get(item.record.id)!, item.listHash, payloadOf(item), now, now]);

  const insertChange = writer.inserter('ChangeLog', ['at', 'actor', 'actorId', 'entityType', 'entityId', 'action', 'summary', 'before', 'after']);
  const labels = new Map<number, string>();
  for (const r of rows) {
    const id = ids.get(r.parliamentId)!;
    labels.set(id, questionLabel(r));
    insertChange([now, SYNC_ACTOR.name, null, 'Question', String(id), 'create', `${labels.get(id)}: imported from Parliament`, null, historyJson(r)]);
  }
  for (const { id, data: v } of versions) {
    const summary = `${labels.get(v.questionId)}: answer version ${v.sequence} (${v.kind.toLowerCase()}) imported from Parliament`;
    insertChange([now, SYNC_ACTOR.name, null, 'AnswerVersion', String(id), 'create', summary, null, historyJson({ ...v, textPlain: undefined })]);
  }
  await writer.flush(['Question', 'AnswerVersion', 'Attachment', 'ParliamentQuestionRecord', 'ChangeLog']);
  return ids;
}

const QUESTION_COLUMNS = [
  'id', 'parliamentId', 'house', 'uin', 'dateTabled', 'dateDue', 'isNamedDay', 'askingMemberId', 'departmentId', 'heading', 'text', 'memberHasInterest',
  'withdrawnAt', 'source', 'state', 'dateAnswered', 'daysToAnswer', 'createdAt', 'updatedAt',
] as const;
const VERSION_COLUMNS = ['id', 'questionId', 'sequence', 'kind', 'answeredOn', 'answeringMemberId', 'textHtml', 'textPlain', 'source', 'unreportedFields', 'createdAt'] as const;
