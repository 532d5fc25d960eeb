/** New questions from the API, a few multi-row statements per table (server/parliament/write-batch.ts). */
import type { Prisma } from '@/generated/prisma/client';
import { londonToday } from '@/lib/dates';
import { answerVersionsOf, mapQuestion } from '@/lib/parliament/map-question';
import { questionLabel } from '@/lib/question-label';
import { historyJson } from '@/server/history/record-change';
import { initialQuestionState } from '@/server/question-state';
import { attachmentData, SYNC_ACTOR, versionData, type PreparedRecord, type Resolved } from './batch-records';
import { bulkInsert, deferForeignKeys, reserveIds } from './sqlite-bulk-insert';

type Tx = Prisma.TransactionClient;

/** Creates the questions with their versions, attachments, API records and history, a few statements per table. */
export async function createQuestions(tx: Tx, items: PreparedRecord[], resolved: Resolved): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  if (!items.length) return ids;
  const now = new Date();
  const today = londonToday(now);
  const rows = items.map(({ record }) => {
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
      ...initialQuestionState(q.dateTabled, withdrawnAt, answerVersionsOf(record)),
    };
  });
  // Ids first, versions before their questions (see deferForeignKeys): the search index is built once per question.
  const firstId = await reserveIds(tx, 'Question');
  rows.forEach((r, i) => ids.set(r.parliamentId, firstId + i));
  await deferForeignKeys(tx);

  const versions = items.flatMap(({ record }) => answerVersionsOf(record).map((v, i) => versionData(v, ids.get(record.id)!, i + 1, resolved)));
  const storedVersions = (await bulkInsert<{ id: number; questionId: number; sequence: number }>(tx, 'AnswerVersion', VERSION_COLUMNS, versions.map((v) => ({ ...v, createdAt: now })), ['id', 'questionId', 'sequence'])).map((v) => ({ id: Number(v.id), questionId: Number(v.questionId), sequence: Number(v.sequence) }));
  const versionIds = new Map(storedVersions.map((v) => [`${v.questionId}:${v.sequence}`, v.id]));
  const latest = new Map<number, number>();
  for (const v of storedVersions) if ((latest.get(v.questionId) ?? -1) < v.sequence) latest.set(v.questionId, v.id);
  const attachments = items.flatMap(({ record }) => {
    const answerId = latest.get(ids.get(record.id)!);
    return answerId ? attachmentData(record, answerId) : [];
  });
  await bulkInsert(tx, 'Attachment', ['answerId', 'title', 'url', 'fileType', 'sizeBytes'], attachments);
  await bulkInsert(tx, 'Question', ['id', ...QUESTION_COLUMNS], rows.map((r) => ({ ...r, id: ids.get(r.parliamentId)!, createdAt: now, updatedAt: now })));
  await bulkInsert(
    tx,
    'ParliamentQuestionRecord',
    ['parliamentId', 'questionId', 'listHash', 'payload', 'firstSeenAt', 'updatedAt'],
    items.map(({ record, listHash }) => ({ parliamentId: record.id, questionId: ids.get(record.id)!, listHash, payload: JSON.stringify(record), firstSeenAt: now, updatedAt: now })),
  );

  const labels = new Map(rows.map((r) => [ids.get(r.parliamentId)!, questionLabel(r)]));
  const log = [
    ...rows.map((r) => ({ entityType: 'Question', entityId: String(ids.get(r.parliamentId)), action: 'create', summary: `${labels.get(ids.get(r.parliamentId)!)}: imported from Parliament`, after: historyJson(r) })),
    ...versions.map((v) => ({
      entityType: 'AnswerVersion',
      entityId: String(versionIds.get(`${v.questionId}:${v.sequence}`)),
      action: 'create',
      summary: `${labels.get(v.questionId)}: answer version ${v.sequence} (${v.kind.toLowerCase()}) imported from Parliament`,
      after: historyJson({ ...v, textPlain: undefined }),
    })),
  ];
  await bulkInsert(tx, 'ChangeLog', ['at', 'actor', 'actorId', 'entityType', 'entityId', 'action', 'summary', 'before', 'after'], log.map((entry) => ({ ...entry, at: now, actor: SYNC_ACTOR.name, actorId: null, before: null })));
  return ids;
}

const QUESTION_COLUMNS = [
  'parliamentId', 'house', 'uin', 'dateTabled', 'dateDue', 'isNamedDay', 'askingMemberId', 'departmentId', 'heading', 'text', 'memberHasInterest',
  'withdrawnAt', 'source', 'state', 'dateAnswered', 'daysToAnswer', 'createdAt', 'updatedAt',
] as const;
const VERSION_COLUMNS = ['questionId', 'sequence', 'kind', 'answeredOn', 'answeringMemberId', 'textHtml', 'textPlain', 'source', 'unreportedFields', 'createdAt'] as const;

