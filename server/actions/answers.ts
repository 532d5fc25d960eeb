'use server';
/**
 * Answer-version writes: log a version, edit one, and cite or uncite a meeting (from the answer or from
 * the meeting's page). The steps themselves are server/answers/answer-writes.ts.
 */
import { answerMeetingSchema, editAnswerSchema, logAnswerSchema } from '@/lib/validation/answer-form';
import { citeMeetingStep, editAnswerStep, logAnswerStep, unciteMeetingStep } from '@/server/answers/answer-writes';
import { staffAction } from './staff-action';

export const logAnswer = staffAction({ role: 'editor', schema: logAnswerSchema, run: logAnswerStep });
export const editAnswer = staffAction({ role: 'editor', schema: editAnswerSchema, run: editAnswerStep });
export const citeMeeting = staffAction({ role: 'editor', schema: answerMeetingSchema, run: citeMeetingStep });
export const unciteMeeting = staffAction({ role: 'editor', schema: answerMeetingSchema, run: unciteMeetingStep });
