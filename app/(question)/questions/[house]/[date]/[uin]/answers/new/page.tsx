import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnswerForm } from '@/components/answers/answer-form';
import { AnswerPageIntro } from '@/components/answers/answer-page-intro';
import { questionKeyFromSegments } from '@/lib/answers/question-key';
import { formatDate, londonToday } from '@/lib/dates';
import { parseKindSlug, type AnswerKindSlug } from '@/lib/validation/answer-form';
import { getAnswerFormQuestion } from '@/server/answers/answer-forms';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Log an answer' };

export default async function LogAnswerPage(props: PageProps<'/questions/[house]/[date]/[uin]/answers/new'>) {
  await requireRole('editor');
  const key = questionKeyFromSegments(await props.params);
  const question = key ? await getAnswerFormQuestion(key) : null;
  if (!question) notFound();
  const kinds = question.versions.map((v) => v.kind);
  // The likely next version: the answer after nothing or a holding answer, a correction after an answer.
  const likely: AnswerKindSlug = kinds.some((k) => k !== 'HOLDING') ? 'correction' : 'substantive';
  const kind = parseKindSlug((await props.searchParams).kind) ?? likely;
  return (
    <>
      <AnswerPageIntro question={question} title="Log an answer" />
      <AnswerForm question={question} kind={kind} today={formatDate(londonToday())} />
    </>
  );
}
