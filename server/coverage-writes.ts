import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { formatDate, toIsoDate } from '@/lib/dates';
import { coveragePath } from '@/lib/routes';
import { unreportedSet } from '@/lib/unreported-fields';
import type { CoverageInput } from '@/lib/validation/coverage-form';
import { FormError, NotFoundError, type StaffContext, type StaffOutcome } from '@/server/actions/staff-action';
import { assertUnchangedSince } from '@/server/history/concurrency';
import { CHECK_FIELDS, diffIds, keptUnreported, questionLabel, resolveMembers, resolveQuestions, resolveTopics } from './staff-links';

/**
 * The coverage writes' business steps (server/actions/coverage.ts). An address already logged is refused
 * with a field error naming the article (the unique index on Coverage.url is the backstop); every question
 * or topic linked or unlinked is recorded on that record as well as on the article.
 */
type Tx = Prisma.TransactionClient;

const SNAPSHOT_SELECT = {
  id: true, url: true, outlet: true, headline: true, publishedOn: true, author: true, summary: true, unreportedFields: true,
  questions: { select: { question: { select: { id: true, house: true, uin: true, heading: true, dateTabled: true } } }, orderBy: { questionId: 'asc' } },
  members: { select: { member: { select: { id: true, displayName: true } } }, orderBy: { member: { listName: 'asc' } } },
  topics: { select: { topic: { select: { id: true, name: true, slug: true } } }, orderBy: { topic: { name: 'asc' } } },
} as const satisfies Prisma.CoverageSelect;
type CoverageRecord = Prisma.CoverageGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

function snapshot(c: CoverageRecord) {
  return {
    url: c.url,
    outlet: c.outlet,
    headline: c.headline,
    publishedOn: c.publishedOn ? toIsoDate(c.publishedOn) : null,
    author: c.author,
    summary: c.summary,
    questions: c.questions.map((q) => questionLabel(q.question)),
    members: c.members.map((m) => m.member.displayName),
    topics: c.topics.map((t) => t.topic.name),
  };
}

async function loadCoverage(tx: Tx, id: number): Promise<CoverageRecord> {
  const article = await tx.coverage.findUnique({ where: { id }, select: SNAPSHOT_SELECT });
  if (!article) throw new NotFoundError('This article no longer exists: it may have been deleted.');
  return article;
}

const coverageSummary = (c: { outlet: string; headline: string }) => `${c.outlet}: ${c.headline}`;

/** The article already logged at this (normalised) address, other than `except`. */
export async function findLoggedArticle(tx: Tx, url: string, except?: number): Promise<{ id: number; headline: string; outlet: string } | null> {
  return tx.coverage.findFirst({ where: { url, ...(except ? { id: { not: except } } : {}) }, select: { id: true, headline: true, outlet: true } });
}

function duplicateError(existing: { id: number; headline: string }): FormError {
  return new FormError(CHECK_FIELDS, { url: [`This article is already logged as “${existing.headline}” (${coveragePath(existing)}): open it, or add your question to it, instead of logging it again`] });
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === 'P2002' || /UNIQUE constraint failed/i.test(String(e?.message ?? ''));
}

async function recordQuestionLinks(ctx: StaffContext, article: { outlet: string; headline: string }, questions: { id: number; label: string }[], action: 'link' | 'unlink') {
  for (const q of questions) {
    await ctx.record({ entityType: 'Question', entityId: q.id, action, summary: q.label, [action === 'link' ? 'after' : 'before']: { coverage: coverageSummary(article) } });
  }
}

async function recordTopicLinks(ctx: StaffContext, article: { outlet: string; headline: string }, topics: { id: number; name: string }[], action: 'link' | 'unlink') {
  for (const t of topics) {
    await ctx.record({ entityType: 'Topic', entityId: t.id, action, summary: t.name, [action === 'link' ? 'after' : 'before']: { coverage: coverageSummary(article) } });
  }
}

/** Logs a new article with the questions it covers, the members it mentions and its topics. */
export async function createCoverageStep(input: CoverageInput, ctx: StaffContext): Promise<StaffOutcome> {
  const { tx, record } = ctx;
  const existing = await findLoggedArticle(tx, input.url);
  if (existing) throw duplicateError(existing);
  const questions = await resolveQuestions(tx, input.questions, 'questions');
  const members = await resolveMembers(tx, input.members, 'members');
  const topics = await resolveTopics(tx, input.topics, 'topics');
  let id: number;
  try {
    ({ id } = await tx.coverage.create({
      data: {
        url: input.url, outlet: input.outlet, headline: input.headline, publishedOn: input.publishedOn, author: input.author, summary: input.summary, source: 'STAFF',
        questions: { create: questions.map((q) => ({ questionId: q.id })) },
        members: { create: members.map((m) => ({ memberId: m.id })) },
        topics: { create: topics.map((t) => ({ topicId: t.id })) },
      },
      select: { id: true },
    }));
  } catch (error) {
    // Someone logged the same address between the check and the insert: the unique index refused it.
    if (isUniqueViolation(error)) throw new FormError(CHECK_FIELDS, { url: ['This article has just been logged by someone else: reload to find it'] });
    throw error;
  }
  const article = await loadCoverage(tx, id);
  await record({ entityType: 'Coverage', entityId: id, action: 'create', summary: coverageSummary(article), after: snapshot(article) });
  await recordQuestionLinks(ctx, article, questions, 'link');
  await recordTopicLinks(ctx, article, topics, 'link');
  return { redirectTo: coveragePath(article), message: 'Coverage logged.' };
}

/** Saves an edited article, refusing it when someone saved a newer version since the form was loaded. */
export async function updateCoverageStep(input: CoverageInput & { id: number; baseChangeId: number }, ctx: StaffContext): Promise<StaffOutcome> {
  const { tx, record } = ctx;
  const before = await loadCoverage(tx, input.id);
  await assertUnchangedSince(tx, 'Coverage', input.id, input.baseChangeId, async () => describeCoverage(before));
  const existing = await findLoggedArticle(tx, input.url, input.id);
  if (existing) throw duplicateError(existing);
  const questions = await resolveQuestions(tx, input.questions, 'questions');
  const members = await resolveMembers(tx, input.members, 'members');
  const topics = await resolveTopics(tx, input.topics, 'topics');
  const unreportedFields = keptUnreported(unreportedSet(before.unreportedFields), {
    url: input.url === before.url,
    publishedOn: (input.publishedOn?.getTime() ?? null) === (before.publishedOn?.getTime() ?? null),
    author: input.author === before.author,
    outlet: input.outlet === before.outlet,
    headline: input.headline === before.headline,
  });
  await tx.coverage.update({
    where: { id: input.id },
    data: { url: input.url, outlet: input.outlet, headline: input.headline, publishedOn: input.publishedOn, author: input.author, summary: input.summary, unreportedFields },
  });
  const q = diffIds(before.questions.map((x) => x.question.id), questions.map((x) => x.id));
  const m = diffIds(before.members.map((x) => x.member.id), members.map((x) => x.id));
  const t = diffIds(before.topics.map((x) => x.topic.id), topics.map((x) => x.id));
  if (q.removed.length) await tx.coverageQuestion.deleteMany({ where: { coverageId: input.id, questionId: { in: q.removed } } });
  if (q.added.length) await tx.coverageQuestion.createMany({ data: q.added.map((questionId) => ({ coverageId: input.id, questionId })) });
  if (m.removed.length) await tx.coverageMember.deleteMany({ where: { coverageId: input.id, memberId: { in: m.removed } } });
  if (m.added.length) await tx.coverageMember.createMany({ data: m.added.map((memberId) => ({ coverageId: input.id, memberId })) });
  if (t.removed.length) await tx.coverageTopic.deleteMany({ where: { coverageId: input.id, topicId: { in: t.removed } } });
  if (t.added.length) await tx.coverageTopic.createMany({ data: t.added.map((topicId) => ({ coverageId: input.id, topicId })) });
  const after = await loadCoverage(tx, input.id);
  await record({ entityType: 'Coverage', entityId: input.id, action: 'update', summary: coverageSummary(after), before: snapshot(before), after: snapshot(after) });
  await recordQuestionLinks(ctx, after, questions.filter((x) => q.added.includes(x.id)), 'link');
  await recordQuestionLinks(ctx, after, before.questions.map((x) => ({ id: x.question.id, label: questionLabel(x.question) })).filter((x) => q.removed.includes(x.id)), 'unlink');
  await recordTopicLinks(ctx, after, topics.filter((x) => t.added.includes(x.id)), 'link');
  await recordTopicLinks(ctx, after, before.topics.map((x) => x.topic).filter((x) => t.removed.includes(x.id)), 'unlink');
  return { redirectTo: coveragePath(after), message: 'Coverage saved.' };
}

function describeCoverage(c: CoverageRecord): { label: string; value: string }[] {
  const s = snapshot(c);
  return [
    { label: 'Web address', value: s.url },
    { label: 'Outlet', value: s.outlet },
    { label: 'Headline', value: s.headline },
    { label: 'Date published', value: c.publishedOn ? formatDate(c.publishedOn) : '' },
    { label: 'Author', value: s.author ?? '' },
    { label: 'Summary', value: s.summary ?? '' },
    { label: 'Questions it covers', value: s.questions.join('; ') },
    { label: 'Members it mentions', value: s.members.join('; ') },
    { label: 'Topics', value: s.topics.join('; ') },
  ];
}

export { loadCoverage, coverageSummary, recordQuestionLinks, recordTopicLinks };
