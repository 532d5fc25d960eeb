'use server';
/** Question writes: create, edit, withdraw, reinstate. The steps themselves are server/question-writes.ts. */
import { createQuestionSchema, reinstateQuestionSchema, updateQuestionSchema, withdrawQuestionSchema } from '@/lib/validation/question-form';
import { createQuestionRecord, reinstateQuestionRecord, updateQuestionRecord, withdrawQuestionRecord } from '@/server/question-writes';
import { staffAction } from './staff-action';

export const createQuestion = staffAction({
  role: 'editor',
  schema: createQuestionSchema,
  run: (input, { tx, record }) => createQuestionRecord(tx, input, record),
});

export const updateQuestion = staffAction({
  role: 'editor',
  schema: updateQuestionSchema,
  run: (input, { tx, record }) => updateQuestionRecord(tx, input, record),
});

export const withdrawQuestion = staffAction({
  role: 'editor',
  schema: withdrawQuestionSchema,
  run: (input, { tx, record }) => withdrawQuestionRecord(tx, input, record),
});

export const reinstateQuestion = staffAction({
  role: 'editor',
  schema: reinstateQuestionSchema,
  run: (input, { tx, record }) => reinstateQuestionRecord(tx, input, record),
});
