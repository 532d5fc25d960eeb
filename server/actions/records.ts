'use server';
/**
 * Deleting any record (editors) and restoring a deleted one (admins). The record and everything it owns
 * are kept in the 'delete' history entry (server/history/snapshots.ts), so a restore puts back the same
 * rows with the same ids and links.
 */
import { questionPath } from '@/lib/routes';
import { deleteRecordSchema, restoreRecordSchema } from '@/lib/validation/record-delete';
import { deleteWithSnapshot, RecordGoneError, restoreDeleted } from '@/server/history/delete-restore';
import { RestoreRefusedError } from '@/server/history/snapshots';
import { FormError, NotFoundError, staffAction } from './staff-action';

const LIST_PAGE = { Meeting: '/meetings', Coverage: '/coverage', Topic: '/topics', Question: '/questions' } as const;

export const deleteRecord = staffAction({
  role: 'editor',
  schema: deleteRecordSchema,
  run: async (input, { tx, record }) => {
    try {
      const snapshot = await deleteWithSnapshot(tx, record, input.entityType, input.id);
      if (input.entityType === 'AnswerVersion') {
        const question = await tx.question.findUniqueOrThrow({ where: { id: snapshot.rows.answerVersion![0]!.questionId as number } });
        return { redirectTo: questionPath(question), message: `Deleted ${snapshot.label}.` };
      }
      return { redirectTo: LIST_PAGE[input.entityType], message: `Deleted ${snapshot.label}.` };
    } catch (error) {
      if (error instanceof RecordGoneError) throw new NotFoundError(error.message);
      throw error;
    }
  },
});

export const restoreRecord = staffAction({
  role: 'admin',
  schema: restoreRecordSchema,
  run: async (input, { tx, record }) => {
    try {
      const outcome = await restoreDeleted(tx, record, input.changeId);
      const missing = outcome.notRestored.length ? ` Not restored, because the other record no longer exists: ${outcome.notRestored.join('; ')}.` : '';
      // Links that could not come back are listed in the restore's history entry: show it there.
      const redirectTo = outcome.notRestored.length ? `/history/${outcome.snapshot.entityType}/${outcome.snapshot.entityId}` : outcome.path;
      return { redirectTo, message: `Restored ${outcome.snapshot.label}.${missing}` };
    } catch (error) {
      if (error instanceof RestoreRefusedError) throw new FormError(error.message);
      throw error;
    }
  },
});
