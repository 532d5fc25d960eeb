'use server';
/** Coverage writes: each is the shared schema, the role and a business step (server/coverage-writes.ts, server/coverage-links.ts). */
import { coverageMemberSchema, coverageQuestionSchema, coverageTopicSchema, createCoverageSchema, updateCoverageSchema } from '@/lib/validation/coverage-form';
import { linkCoverageMemberStep, linkCoverageQuestionStep, tagCoverageStep, unlinkCoverageMemberStep, unlinkCoverageQuestionStep, untagCoverageStep } from '@/server/coverage-links';
import { createCoverageStep, updateCoverageStep } from '@/server/coverage-writes';
import { staffAction } from './staff-action';

export const createCoverage = staffAction({ role: 'editor', schema: createCoverageSchema, run: createCoverageStep });
export const updateCoverage = staffAction({ role: 'editor', schema: updateCoverageSchema, run: updateCoverageStep });
export const linkCoverageQuestion = staffAction({ role: 'editor', schema: coverageQuestionSchema, run: linkCoverageQuestionStep });
export const unlinkCoverageQuestion = staffAction({ role: 'editor', schema: coverageQuestionSchema, run: unlinkCoverageQuestionStep });
export const linkCoverageMember = staffAction({ role: 'editor', schema: coverageMemberSchema, run: linkCoverageMemberStep });
export const unlinkCoverageMember = staffAction({ role: 'editor', schema: coverageMemberSchema, run: unlinkCoverageMemberStep });
export const tagCoverageTopic = staffAction({ role: 'editor', schema: coverageTopicSchema, run: tagCoverageStep });
export const untagCoverageTopic = staffAction({ role: 'editor', schema: coverageTopicSchema, run: untagCoverageStep });
