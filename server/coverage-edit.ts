import 'server-only';
import type { CoverageFormValues } from '@/components/coverage/coverage-form';
import type { PickerOption } from '@/components/question-search/picker';
import { formatDate } from '@/lib/dates';
import { unreportedSet } from '@/lib/unreported-fields';
import { prisma } from '@/server/db';
import { latestChangeId } from '@/server/history/concurrency';
import { questionOption } from '@/server/suggestions';

/** An article as its edit form starts from it, with the change it was loaded at; null if there is none. */
export async function getCoverageForEdit(id: number): Promise<CoverageFormValues | null> {
  const c = await prisma.coverage.findUnique({
    where: { id },
    select: {
      id: true, url: true, outlet: true, headline: true, publishedOn: true, author: true, summary: true, unreportedFields: true,
      questions: { select: { question: { select: { id: true, house: true, uin: true, heading: true, dateTabled: true } } }, orderBy: { question: { dateTabled: 'asc' } } },
      members: { select: { member: { select: { slug: true, displayName: true } } }, orderBy: { member: { listName: 'asc' } } },
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: 'asc' } } },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    baseChangeId: await latestChangeId(prisma, 'Coverage', c.id),
    url: c.url,
    outlet: c.outlet,
    headline: c.headline,
    publishedOn: c.publishedOn ? formatDate(c.publishedOn) : '',
    author: c.author ?? '',
    summary: c.summary ?? '',
    questions: c.questions.map((q) => questionOption(q.question)),
    members: c.members.map((m) => ({ value: m.member.slug, label: m.member.displayName })),
    topics: c.topics.map((t) => ({ value: t.topic.slug, label: t.topic.name })),
    unreported: [...unreportedSet(c.unreportedFields)],
  };
}

/** The question a new article is started from, as the form's picker shows it; null if there is none. */
export async function getQuestionOption(id: number): Promise<PickerOption | null> {
  const q = await prisma.question.findUnique({ where: { id }, select: { id: true, house: true, uin: true, heading: true, dateTabled: true } });
  return q ? questionOption(q) : null;
}
