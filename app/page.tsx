import Link from 'next/link';
import { connection } from 'next/server';
import { formatNumber } from '@/components/data-table/summary';
import { LatestAnswers } from '@/components/home/latest-answers';
import { NewestCoverage } from '@/components/home/newest-coverage';
import { StatusCounts } from '@/components/home/status-counts';
import { getDashboard } from '@/server/dashboard';
import { requireReader } from '@/server/auth/reader-gate';

export default async function HomePage() {
  await requireReader();
  await connection();
  const { counts, latestAnswers, coverage } = await getDashboard();

  return (
    <>
      <h1>Written questions and the answers to them</h1>
      <p className="lede">
        Answerable follows written parliamentary questions from tabling to answer: who asked, which department answered,
        how long it took, the meetings answers cite and the news coverage they get.
      </p>

      <section aria-labelledby="home-status">
        <h2 id="home-status">Questions at a glance</h2>
        <StatusCounts counts={counts} />
        <p>
          <Link href="/questions">
            {counts.total === 1 ? 'Browse the 1 question' : `Browse all ${formatNumber(counts.total)} questions`}
          </Link>
        </p>
      </section>

      <div className="home-columns">
        <section aria-labelledby="home-answers">
          <h2 id="home-answers">Latest answers</h2>
          <LatestAnswers answers={latestAnswers} />
          <p>
            <Link href="/questions?sort=dateAnswered&dir=desc">All questions, latest answers first</Link>
          </p>
        </section>
        <section aria-labelledby="home-coverage">
          <h2 id="home-coverage">Newest coverage</h2>
          <NewestCoverage items={coverage} />
        </section>
      </div>
    </>
  );
}
