// No `server-only` import: the round-trip tests run these against a real SQLite file outside Next.
/**
 * The business steps behind the Delete and Restore buttons, run inside staffAction's transaction with its
 * history recorder: the record's snapshot becomes the 'delete' entry's `before`, each linked record gets an
 * 'unlink' entry (and a 'link' entry when restored) so its own history shows what happened.
 */
import type { Prisma } from '@/generated/prisma/client';
import { answerPath, coveragePath, meetingPath, questionPath, topicPath } from '@/lib/routes';
import { refreshQuestionState } from '@/server/question-state';
import type { ChangeInput } from './record-change';
import { linkedRecords, parseSnapshot, readSnapshot, restoreSnapshot, ROOT_TABLE, RestoreRefusedError, type DeletableEntity, type Snapshot } from './snapshots';

type Tx = Prisma.TransactionClient;
type Recorder = (change: ChangeInput) => Promise<number>;

export class RecordGoneError extends Error {}

/** Deletes the record and everything it owns; returns its snapshot (also stored in the history). */
export async function deleteWithSnapshot(tx: Tx, record: Recorder, entityType: DeletableEntity, id: number): Promise<Snapshot> {
  const snapshot = await readSnapshot(tx, entityType, id);
  if (!snapshot) throw new RecordGoneError('This record no longer exists: someone may have deleted it already.');
  await record({ entityType, entityId: id, action: 'delete', summary: snapshot.label, before: snapshot });
  for (const other of linkedRecords(snapshot)) {
    await record({ entityType: other.entityType, entityId: other.entityId, action: 'unlink', summary: `Link to a deleted ${NOUN[entityType]}`, before: { [NOUN[entityType]]: snapshot.label } });
  }
  if (entityType === 'AnswerVersion') {
    const questionId = snapshot.rows.answerVersion![0]!.questionId as number;
    await tx.answerVersion.delete({ where: { id } });
    await refreshQuestionState(tx, questionId);
  } else {
    // Foreign keys cascade to the rows the record owns and its links (the search index follows by trigger).
    await (tx as unknown as Record<string, { delete(a: { where: { id: number } }): Promise<unknown> }>)[ROOT_TABLE[entityType]]!.delete({ where: { id } });
  }
  return snapshot;
}

export interface RestoreOutcome {
  snapshot: Snapshot;
  notRestored: string[];
  /** The restored record's page. */
  path: string;
}

/** Restores the record deleted by history entry `changeId`, exactly, with a 'restore' entry. */
export async function restoreDeleted(tx: Tx, record: Recorder, changeId: number): Promise<RestoreOutcome> {
  const entry = await tx.changeLog.findUnique({ where: { id: changeId } });
  const snapshot = entry?.action === 'delete' ? parseSnapshot(entry.before) : null;
  if (!entry || !snapshot) throw new RestoreRefusedError('There is no deleted record with that history entry.');
  const { notRestored } = await restoreSnapshot(tx, snapshot);
  if (snapshot.entityType === 'AnswerVersion') await refreshQuestionState(tx, snapshot.rows.answerVersion![0]!.questionId as number);
  await record({
    entityType: snapshot.entityType,
    entityId: snapshot.entityId,
    action: 'restore',
    summary: snapshot.label,
    after: { restoredFrom: `history entry ${changeId}`, ...(notRestored.length ? { notRestored } : {}) },
  });
  for (const other of linkedRecords(snapshot)) {
    // A link whose other end has gone was reported above, not restored: nothing to record there.
    if ((await (tx as unknown as Record<string, { count(a: { where: { id: number } }): Promise<number> }>)[ROOT_TABLE[other.entityType]]!.count({ where: { id: other.entityId } })) === 0) continue;
    await record({ entityType: other.entityType, entityId: other.entityId, action: 'link', summary: `Link to a restored ${NOUN[snapshot.entityType]}`, after: { [NOUN[snapshot.entityType]]: snapshot.label } });
  }
  return { snapshot, notRestored, path: await pathOf(tx, snapshot) };
}

const NOUN: Record<DeletableEntity, string> = { Question: 'question', AnswerVersion: 'answer version', Meeting: 'meeting', Coverage: 'article', Topic: 'topic' };

async function pathOf(tx: Tx, snapshot: Snapshot): Promise<string> {
  const root = snapshot.rows[ROOT_TABLE[snapshot.entityType]]![0]!;
  switch (snapshot.entityType) {
    case 'Question':
      return questionPath(await tx.question.findUniqueOrThrow({ where: { id: snapshot.entityId } }));
    case 'AnswerVersion':
      return answerPath(await tx.question.findUniqueOrThrow({ where: { id: root.questionId as number } }), root.sequence as number);
    case 'Meeting':
      return meetingPath({ id: snapshot.entityId });
    case 'Coverage':
      return coveragePath({ id: snapshot.entityId });
    case 'Topic':
      return topicPath({ slug: root.slug as string });
  }
}
