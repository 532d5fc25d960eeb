import { Suspense } from 'react';
import { SearchBox, SearchBoxFallback } from '@/components/question-search/search-box';

/** The heading and the search box stay put (focus and typing kept) while the table below reloads. */
export default function QuestionsLayout({ children }: LayoutProps<'/questions'>) {
  return (
    <>
      <h1>Written questions</h1>
      <p className="muted">
        Questions MPs and peers have put to government departments, with their status and how long the answer took. Overdue means
        awaiting an answer after the date it was due.
      </p>
      <Suspense fallback={<SearchBoxFallback />}>
        <SearchBox />
      </Suspense>
      {children}
    </>
  );
}
