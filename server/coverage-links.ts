import 'server-only';
import { coveragePath } from '@/lib/routes';
import { FormError, NotFoundError, type StaffContext, type StaffOutcome } from '@/server/actions/staff-action';
import { coverageSummary, loadCoverage, recordQuestionLinks, recordTopicLinks } from './coverage-writes';
import { CHECK_FIELDS, resolveMembers, resolveQuestions, resolveTopics } from './staff-links';

/**
 * Links made and removed from a record's page, one at a time: an article covers a question (from either
 * end), mentions a member, carries a topic. Each is recorded on the article and, where the other record
 * keeps a history (questions, topics), on that record too.
 */

/** An article covers a question: from the article's page, the question's page or the coverage form's offer. */
export async function linkCoverageQuestionStep(input: { coverageId: number; questionId: number; then: 'coverage' | 'stay' }, ctx: StaffContext): Promise<StaffOutcome> {
  const article = await loadCoverage(ctx.tx, input.coverageId);
  const [question] = await resolveQuestions(ctx.tx, [input.questionId], 'questionId');
  if (article.questions.some((q) => q.question.id === input.questionId)) {
    if (input.then === 'coverage') return { redirectTo: coveragePath(article), message: 'The article already covers this question.' };
    throw new FormError('Nothing was saved: the article already covers this question.', {});
  }
  await ctx.tx.coverageQuestion.create({ data: { coverageId: input.coverageId, questionId: input.questionId } });
  await ctx.record({ entityType: 'Coverage', entityId: input.coverageId, action: 'link', summary: coverageSummary(article), after: { question: question!.label } });
  await recordQuestionLinks(ctx, article, [question!], 'link');
  return { redirectTo: input.then === 'coverage' ? coveragePath(article) : undefined, message: `Linked “${article.headline}” and ${question!.label}.` };
}

export async function unlinkCoverageQuestionStep(input: { coverageId: number; questionId: number }, ctx: StaffContext): Promise<StaffOutcome> {
  const article = await loadCoverage(ctx.tx, input.coverageId);
  const link = article.questions.find((q) => q.question.id === input.questionId);
  if (!link) throw new NotFoundError('The article does not cover that question (the link may have been removed already).');
  const [question] = await resolveQuestions(ctx.tx, [input.questionId], 'questionId');
  await ctx.tx.coverageQuestion.delete({ where: { coverageId_questionId: { coverageId: input.coverageId, questionId: input.questionId } } });
  await ctx.record({ entityType: 'Coverage', entityId: input.coverageId, action: 'unlink', summary: coverageSummary(article), before: { question: question!.label } });
  await recordQuestionLinks(ctx, article, [question!], 'unlink');
  return { message: `Unlinked “${article.headline}” from ${question!.label}.` };
}

/** An article mentions a member. Members keep no history of their own: the article's records it. */
export async function linkCoverageMemberStep(input: { coverageId: number; member: string }, ctx: StaffContext): Promise<StaffOutcome> {
  const article = await loadCoverage(ctx.tx, input.coverageId);
  const [member] = await resolveMembers(ctx.tx, [input.member], 'member');
  if (article.members.some((m) => m.member.id === member!.id)) throw new FormError(CHECK_FIELDS, { member: [`The article already mentions ${member!.displayName}`] });
  await ctx.tx.coverageMember.create({ data: { coverageId: input.coverageId, memberId: member!.id } });
  await ctx.record({ entityType: 'Coverage', entityId: input.coverageId, action: 'link', summary: coverageSummary(article), after: { member: member!.displayName } });
  return { message: `Linked ${member!.displayName}.` };
}

export async function unlinkCoverageMemberStep(input: { coverageId: number; member: string }, ctx: StaffContext): Promise<StaffOutcome> {
  const article = await loadCoverage(ctx.tx, input.coverageId);
  const [member] = await resolveMembers(ctx.tx, [input.member], 'member');
  if (!article.members.some((m) => m.member.id === member!.id)) throw new NotFoundError(`The article does not mention ${member!.displayName} (the link may have been removed already).`);
  await ctx.tx.coverageMember.delete({ where: { coverageId_memberId: { coverageId: input.coverageId, memberId: member!.id } } });
  await ctx.record({ entityType: 'Coverage', entityId: input.coverageId, action: 'unlink', summary: coverageSummary(article), before: { member: member!.displayName } });
  return { message: `Unlinked ${member!.displayName}.` };
}

export async function tagCoverageStep(input: { coverageId: number; topic: string }, ctx: StaffContext): Promise<StaffOutcome> {
  const article = await loadCoverage(ctx.tx, input.coverageId);
  const [topic] = await resolveTopics(ctx.tx, [input.topic], 'topic');
  if (article.topics.some((t) => t.topic.id === topic!.id)) throw new FormError(CHECK_FIELDS, { topic: [`The article is already tagged “${topic!.name}”`] });
  await ctx.tx.coverageTopic.create({ data: { coverageId: input.coverageId, topicId: topic!.id } });
  await ctx.record({ entityType: 'Coverage', entityId: input.coverageId, action: 'link', summary: coverageSummary(article), after: { topic: topic!.name } });
  await recordTopicLinks(ctx, article, [topic!], 'link');
  return { message: `Tagged “${topic!.name}”.` };
}

export async function untagCoverageStep(input: { coverageId: number; topic: string }, ctx: StaffContext): Promise<StaffOutcome> {
  const article = await loadCoverage(ctx.tx, input.coverageId);
  const topic = article.topics.map((t) => t.topic).find((t) => t.slug === input.topic);
  if (!topic) throw new NotFoundError('The article is not tagged with that topic (the tag may have been removed already).');
  await ctx.tx.coverageTopic.delete({ where: { coverageId_topicId: { coverageId: input.coverageId, topicId: topic.id } } });
  await ctx.record({ entityType: 'Coverage', entityId: input.coverageId, action: 'unlink', summary: coverageSummary(article), before: { topic: topic.name } });
  await recordTopicLinks(ctx, article, [topic], 'unlink');
  return { message: `Removed the tag “${topic.name}”.` };
}
