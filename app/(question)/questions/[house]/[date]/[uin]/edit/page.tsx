import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionForm } from '@/components/question/question-form';
import { parseQuestionKeyParams } from '@/lib/validation/question';
import { requireRole } from '@/server/auth/session';
import { getQuestionForEdit } from '@/server/question-edit';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditQuestionPage({ params }: PageProps<'/questions/[house]/[date]/[uin]/edit'>) {
  await requireRole('editor');
  const { house, date, uin } = await params;
  const key = parseQuestionKeyParams({ house, date, uin: safeDecode(uin) });
  const question = key ? await getQuestionForEdit(key) : null;
  if (!question) notFound();
  return (
    <>
      <h1>Edit question {question.label}</h1>
      <QuestionForm question={question} />
    </>
  );
}

// As on the question's page: the segment may arrive still percent-encoded; UINs never contain "%".
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
