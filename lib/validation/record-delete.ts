/** Deleting a record and restoring a deleted one: what the Delete and Restore buttons submit. */
import { z } from '@/lib/validation/zod';
import { recordId } from './form-fields';

export const DELETABLE_TYPES = ['Question', 'AnswerVersion', 'Meeting', 'Coverage', 'Topic'] as const;

export const deleteRecordSchema = z.object({
  entityType: z.enum(DELETABLE_TYPES, { message: 'This kind of record cannot be deleted' }),
  id: recordId('Record'),
});

export const restoreRecordSchema = z.object({
  changeId: recordId('History entry'),
});
