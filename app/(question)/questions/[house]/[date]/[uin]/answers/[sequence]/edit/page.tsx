import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnswerForm } from '@/components/answers/answer-form';
import { AnswerPageIntro } from '@/components/answers/answer-page-intro';
import { questionKeyFromSegments } from '@/lib/answers/question-key';
import { formatDate, londonToday } from '@/lib/dates';
import { recordIdParam } from '@/lib/validation/search-params';
import { getAnswerVersionForEdit } from '@/server/answers/answer-forms';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Edit an answer version' };

export default async function EditAnswerPage(props: PageProps<'/questions/[house]/[date]/[uin]/answers/[sequence]/edit'>) {
  await requireRole('editor');
  const params = await props.params;
  const key = questionKeyFromSegments(params);
  const sequence = recordIdParam.safeParse(params.sequence);
  const found = key && sequence.success ? await getAnswerVersionForEdit(key, sequence.data) : null;
  if (!found) notFound();
  return (
    <>
      <AnswerPageIntro question={found.question} title={`Edit answer version ${found.version.sequence}`} />
      <AnswerForm question={found.question} version={found.version} today={formatDate(londonToday())} />
    </>
  );
}
