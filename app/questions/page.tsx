import type { Metadata } from 'next';
import Link from 'next/link';
import { TableProblems } from '@/components/data-table/table-problems';
import { QuestionsResults } from '@/components/question-search/questions-results';
import { canEdit } from '@/server/auth/session';
import { loadQuestionsView } from '@/server/search/questions-view';
import { questionSearchDeps } from '@/server/search/search-deps';
import { requireReader } from '@/server/auth/reader-gate';

export const metadata: Metadata = {
  title: 'Questions',
  description: 'Search every written parliamentary question and answer: who asked it, which department answers, when it is due and how long the answer took.',
};

export default async function QuestionsPage(props: PageProps<'/questions'>) {
  await requireReader();
  const loaded = await loadQuestionsView(await props.searchParams, questionSearchDeps());
  if (!loaded.ok) {
    return (
      <div className="notice search-error" role="alert" data-request-problem="">
        <p className="notice__title">This search could not be run</p>
        <p>{loaded.message}</p>
        <p>
          <Link href="/questions">Start again with every question</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      {(await canEdit()) ? (
        <p>
          <Link href="/questions/new" className="button">
            New question
          </Link>
        </p>
      ) : null}
      <TableProblems problems={loaded.view.problems} />
      <QuestionsResults view={loaded.view} />
    </>
  );
}
