import Link from 'next/link';
import { QuestionsTable } from '@/components/questions/questions-table';
import { viewHref } from '@/lib/search/view-url';
import type { QuestionsViewData } from '@/server/search/questions-view';
import { ActiveFilters } from './active-filters';
import { ExportLinks } from './export-links';
import { FilterPanel } from './filter-panel';

const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'question' : 'questions'}`;

/** Filters, what is in force, how many match, the exports and the table, for one view. */
export function QuestionsResults({ view }: { view: QuestionsViewData }) {
  const { query, result, chips } = view;
  const filtered = chips.length > 0;
  return (
    <>
      <FilterPanel query={query} names={result.names} open={chips.some((c) => c.label !== 'Search')} />
      {result.notices.length > 0 ? (
        <div className="notice search-notices" role="status">
          <p className="notice__title">How your search was read</p>
          <ul>
            {result.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ActiveFilters filters={chips} clearHref={view.clearHref} />
      <h2 className="match-count">{filtered ? `${count(result.total)} match` : `${count(result.total)} in all`}</h2>
      {result.searching ? (
        <p className="muted relevance-note">
          {result.sort === 'relevance' ? (
            result.rankedWithin ? (
              <>
                Most relevant first among the newest {result.rankedWithin.toLocaleString('en-GB')} matches (these words are very common). Add words or
                a filter to rank them all, or sort by a column.
              </>
            ) : (
              <>Most relevant first, heading matches ahead of the rest.</>
            )
          ) : (
            <Link href={viewHref(query, { sort: 'relevance', dir: undefined })} scroll={false}>
              Sort by relevance
            </Link>
          )}
        </p>
      ) : null}
      <ExportLinks query={query} total={result.total} />
      <QuestionsTable
        rows={result.rows}
        total={result.total}
        state={view.state}
        config={view.config}
        emptyMessage={filtered ? 'No questions match this search and these filters.' : 'No questions have been recorded yet.'}
      />
    </>
  );
}
