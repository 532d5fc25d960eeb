import Link from 'next/link';
import { dateParts } from '@/lib/dates';
import type { CoverageItem, QuestionDetail } from '@/lib/question-detail';
import { DemoBadge } from '@/components/badges/badges';
import { UnreportedBadge } from '@/components/badges/unreported-badge';
import { QuestionCoverageControls, UnlinkCoverageControl } from '@/components/coverage/question-coverage-controls';
import styles from './question-page.module.css';

/** News coverage of the question: each article's page here, and the original where its address is known. */
export function QuestionCoverage({ question: q }: { question: QuestionDetail }) {
  return (
    <section aria-labelledby="coverage" className={styles.section}>
      <h2 id="coverage">Coverage</h2>
      {q.coverage.length === 0 ? (
        <p className="muted">No news coverage of this question has been recorded.</p>
      ) : (
        <ul className={styles.cards}>
          {q.coverage.map((item) => (
            <li key={item.id}>
              <CoverageCard item={item} />
              <UnlinkCoverageControl questionId={q.id} coverage={item} />
            </li>
          ))}
        </ul>
      )}
      <QuestionCoverageControls questionId={q.id} />
    </section>
  );
}

function CoverageCard({ item }: { item: CoverageItem }) {
  const unreported = (field: string) => item.unreportedFields.includes(field);
  const date = item.publishedOn ? dateParts(item.publishedOn) : null;
  return (
    <article className={styles.card} aria-labelledby={`coverage-${item.id}-heading`}>
      <h3 id={`coverage-${item.id}-heading`}>
        <Link href={item.path}>{item.headline}</Link>
      </h3>
      <p className={styles.byline}>
        {item.outlet}
        {item.author ? `, ${item.author}` : null}
        {' · '}
        {date ? <time dateTime={date.iso}>{date.label}</time> : null}{' '}
        {!date ? <UnreportedBadge kind="missing">Date not reported</UnreportedBadge> : unreported('publishedOn') ? <UnreportedBadge /> : null}
        {item.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </p>
      {item.summary ? <p>{item.summary}</p> : null}
      <p>
        {unreported('url') ? (
          <UnreportedBadge kind="missing">Link to the article not reported</UnreportedBadge>
        ) : (
          <a href={item.url} rel="noopener noreferrer">
            Read the article at {item.outlet}
            <span className="visually-hidden"> (external site)</span>
          </a>
        )}
      </p>
    </article>
  );
}
