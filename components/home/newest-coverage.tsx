import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { dateParts } from '@/lib/dates';
import type { CoverageItem } from '@/server/dashboard';

/** The newest news articles about questions and answers, with the article's own address when known. */
export function NewestCoverage({ items }: { items: CoverageItem[] }) {
  if (items.length === 0) return <p>No coverage has been recorded yet.</p>;
  const mixed = items.some((item) => item.isDemo) && items.some((item) => !item.isDemo);
  return (
    <>
      {mixed ? <p className="muted">Reported articles first, then generated demo articles.</p> : null}
      <ul className="list-plain feed">
        {items.map((item) => {
          const published = item.publishedOn ? dateParts(item.publishedOn) : null;
          return (
            <li key={item.id} className="feed__item">
              <p className="feed__kicker">{item.outlet}</p>
              <h3 className="feed__title">
                <Link href={item.href}>{item.headline}</Link>
                {item.isDemo ? (
                  <>
                    {' '}
                    <DemoBadge />
                  </>
                ) : null}
              </h3>
              <p className="feed__meta muted">
                {published ? (
                  <>
                    Published <time dateTime={published.iso}>{published.label}</time>
                  </>
                ) : (
                  'Publication date not recorded'
                )}
                {item.publishedOnUnreported ? (
                  <>
                    {' '}
                    <span className="badge badge--unreported">Date not reported: placeholder</span>
                  </>
                ) : null}
              </p>
              {item.question ? (
                <p className="feed__meta">
                  Covers <Link href={item.question.href}>{item.question.heading}</Link>
                </p>
              ) : null}
              <p className="feed__meta">
                {item.externalUrl ? (
                  <a href={item.externalUrl} rel="noopener noreferrer">
                    Read the article on {item.outlet}
                    <span className="visually-hidden"> (external site)</span>
                  </a>
                ) : item.isDemo ? (
                  <span className="muted">Generated demo article: no real address</span>
                ) : (
                  <span className="badge badge--unreported">Article address not reported</span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
