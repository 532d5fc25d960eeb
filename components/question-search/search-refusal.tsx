import Link from 'next/link';
import type { QuestionsViewRefusal } from '@/server/search/questions-view';

/**
 * Why /questions shows no table for this address. data-request-problem tells the server the status
 * (lib/http/problem-status.ts): an empty value answers 400 (the address is at fault), "unavailable"
 * answers 503 (the search was stopped at its deadline; the address itself is fine).
 */
export function SearchRefusal({ refusal }: { refusal: QuestionsViewRefusal }) {
  const stopped = refusal.status === 503;
  return (
    <div className="notice search-error" role="alert" data-request-problem={stopped ? 'unavailable' : ''}>
      <p className="notice__title">{stopped ? 'This search took too long' : 'This search could not be run'}</p>
      {refusal.problems.length === 1 ? (
        <p>{refusal.problems[0]}</p>
      ) : (
        <ul>
          {refusal.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p>
        {refusal.withoutHref ? (
          <>
            <Link href={refusal.withoutHref}>Show the table without {refusal.problems.length === 1 ? 'this parameter' : 'these parameters'}</Link> or{' '}
          </>
        ) : null}
        <Link href="/questions">{refusal.withoutHref ? 'start again with every question' : 'Start again with every question'}</Link>
      </p>
    </div>
  );
}
