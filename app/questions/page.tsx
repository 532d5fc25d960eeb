import type { Metadata } from 'next';
import { QuestionsTable } from '@/components/questions/questions-table';
import { TableProblems } from '@/components/data-table/table-problems';
import { parseQuestionTableParams } from '@/lib/validation/questions';
import { listQuestions } from '@/server/questions/list';

export const metadata: Metadata = {
  title: 'Questions',
  description: 'Every written parliamentary question: who asked it, which department answers, when it is due and how long the answer took.',
};

export default async function QuestionsPage(props: PageProps<'/questions'>) {
  const { state, problems } = parseQuestionTableParams(await props.searchParams);
  const { rows, total } = await listQuestions(state);

  return (
    <>
      <h1>Written questions</h1>
      <p className="muted">
        Questions MPs and peers have put to government departments, with their status and how long the answer took.
        Overdue means awaiting an answer after the date it was due.
      </p>
      <TableProblems problems={problems} />
      <QuestionsTable rows={rows} total={total} state={state} />
    </>
  );
}
