'use server';
/** The work queue's one write: who is logging the answer to a question (server/question-assignment.ts). */
import { assignQuestionSchema } from '@/lib/validation/work-queue';
import { setQuestionAssignment } from '@/server/question-assignment';
import { staffAction } from './staff-action';

export const assignQuestion = staffAction({
  role: 'editor',
  schema: assignQuestionSchema,
  run: (input, ctx) => setQuestionAssignment(ctx, input),
});
