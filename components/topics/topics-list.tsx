import Link from 'next/link';
import { TableProblems } from '@/components/data-table/table-problems';
import { ListFilters, TextFilter, type ActiveFilter } from '@/components/lists/list-filters';
import { listViewParams } from '@/lib/table-url';
import { TOPIC_TABLE, type TopicFilters, type TopicTableState } from '@/lib/validation/topics-table';
import type { TopicListRow } from '@/server/topics';
import { TopicsTable } from './topics-table';

export interface TopicsListProps {
  rows: TopicListRow[];
  total: number;
  state: TopicTableState;
  filters: Partial<TopicFilters>;
  problems: string[];
  /** The reader is an editor: offer "New topic". */
  canCreate?: boolean;
}

/** /topics: a name filter over the shared table; each topic opens its merged timeline. */
export function TopicsList({ rows, total, state, filters, problems, canCreate = false }: TopicsListProps) {
  const params = listViewParams(TOPIC_TABLE, state, { q: filters.q });
  const active: ActiveFilter[] = filters.q ? [{ param: 'q', label: 'Name', value: `“${filters.q}”` }] : [];
  return (
    <>
      <h1>Topics</h1>
      {canCreate ? (
        <p>
          <Link href="/topics/new" className="button">
            New topic
          </Link>
        </p>
      ) : null}
      <p>
        A topic groups the questions, ministers’ meetings and news coverage about one subject. Each topic’s page tells its story in date order; the{' '}
        <Link href="/timeline">timeline</Link> does the same across everything. Latest activity is the most recent question tabled, answer, meeting or article.
      </p>
      <TableProblems problems={problems} />
      <ListFilters
        path="/topics"
        label="Filter topics"
        params={params}
        fields={['q']}
        active={active}
        matched={{ total, noun: TOPIC_TABLE.noun }}
        submitLabel="Show topics"
      >
        <TextFilter id="topics-q" name="q" label="Topic name" value={filters.q} />
      </ListFilters>
      <TopicsTable rows={rows} total={total} state={state} emptyMessage={active.length > 0 ? 'No topics match this name.' : 'No topics are recorded yet.'} />
    </>
  );
}
