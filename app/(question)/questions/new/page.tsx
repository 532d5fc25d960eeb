// In the (question) group, not app/questions/: that folder's layout adds the search box and list heading.
import type { Metadata } from 'next';
import { QuestionForm } from '@/components/question/question-form';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'New question' };

export default async function NewQuestionPage() {
  await requireRole('editor');
  return (
    <>
      <h1>New question</h1>
      <p className="muted">Log a written question as tabled in Parliament. Dates are day first: 11/03/2025 or 11 March 2025.</p>
      <QuestionForm />
    </>
  );
}
