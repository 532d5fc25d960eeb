'use server';
/**
 * Links made and removed from a question's page: follow-ups, grouped questions, topics. The steps are
 * server/question-links.ts; each records the change on both records it joins.
 */
import { followUpLinkSchema, followUpPairSchema, groupLinkSchema, topicTagSchema } from '@/lib/validation/question-form';
import { addFollowUp, confirmFollowUp, groupQuestions, removeFollowUp, tagQuestion, ungroupQuestions, untagQuestion } from '@/server/question-links';
import { staffAction } from './staff-action';

export const linkFollowUp = staffAction({ role: 'editor', schema: followUpLinkSchema, run: (input, { tx, record }) => addFollowUp(tx, input, record) });

export const unlinkFollowUp = staffAction({ role: 'editor', schema: followUpPairSchema, run: (input, { tx, record }) => removeFollowUp(tx, input, record) });

export const confirmDetectedFollowUp = staffAction({ role: 'editor', schema: followUpPairSchema, run: (input, { tx, record }) => confirmFollowUp(tx, input, record) });

export const rejectDetectedFollowUp = staffAction({ role: 'editor', schema: followUpPairSchema, run: (input, { tx, record }) => removeFollowUp(tx, input, record, true) });

export const groupQuestion = staffAction({ role: 'editor', schema: groupLinkSchema, run: (input, { tx, record }) => groupQuestions(tx, input, record) });

export const ungroupQuestion = staffAction({ role: 'editor', schema: groupLinkSchema, run: (input, { tx, record }) => ungroupQuestions(tx, input, record) });

export const tagQuestionTopic = staffAction({ role: 'editor', schema: topicTagSchema, run: (input, { tx, record }) => tagQuestion(tx, input, record) });

export const untagQuestionTopic = staffAction({ role: 'editor', schema: topicTagSchema, run: (input, { tx, record }) => untagQuestion(tx, input, record) });
