import Link from 'next/link';
import { TableProblems } from '@/components/data-table/table-problems';
import { Pager } from '@/components/lists/pager';
import { formatDate } from '@/lib/dates';
import { hrefWith } from '@/lib/url-params';
import type { WorkQueueFilters } from '@/lib/validation/work-queue';
import type { RecentChange } from '@/server/recent-changes';
import type { WorkQueuePage } from '@/server/work-queue';
import { QueueList } from './queue-list';
import { RecentChanges } from './recent-changes';
import styles from './work-queue.module.css';

export interface WorkQueueViewProps {
  queue: WorkQueuePage;
  filters: WorkQueueFilters;
  /** The department filter as applied (an unknown address is dropped, with a message in `problems`). */
  department: { slug: string; name: string } | null;
  problems: string[];
  mineCount: number;
  me: { id: string; name: string };
  users: { id: string; name: string }[];
  departments: { slug: string; name: string }[];
  recent: RecentChange[];
}

const n = (value: number) => value.toLocaleString('en-GB');

/** /work: the staff's queue of questions to answer (filters in the URL), with what was logged lately beside it. */
export function WorkQueueView({ queue, filters, department, problems, mineCount, me, users, departments, recent }: WorkQueueViewProps) {
  const base = { department: department?.slug };
  const href = (params: Record<string, string | number | undefined>) => hrefWith('/work', params);
  const scope = [filters.mine ? 'assigned to you' : null, department ? `to the ${department.name}` : null].filter(Boolean).join(' ');
  return (
    <>
      <h1>Work queue</h1>
      <p>
        Questions still needing their substantive answer (none yet, or only a holding answer), due soonest first, as of {formatDate(queue.today)} (London). Overdue and
        named-day questions are marked. Take one with “Assign to me”, then log its answer.
      </p>
      <TableProblems problems={problems} />
      <div className={styles.layout}>
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="visually-hidden">
            Questions awaiting an answer
          </h2>
          <nav aria-label="Whose questions">
            <ul className={styles.views}>
              <li>
                <Link href={href(base)} aria-current={filters.mine ? undefined : 'page'}>
                  Everyone’s
                </Link>
              </li>
              <li>
                <Link href={href({ ...base, mine: 1 })} aria-current={filters.mine ? 'page' : undefined}>
                  Mine ({n(mineCount)})
                </Link>
              </li>
            </ul>
          </nav>
          <form method="get" action="/work" className={styles.filters}>
            {filters.mine ? <input type="hidden" name="mine" value="1" /> : null}
            <label>
              Department
              <select name="department" defaultValue={department?.slug ?? ''}>
                <option value="">All departments</option>
                {departments.map((d) => (
                  <option key={d.slug} value={d.slug}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary">
              Show
            </button>
          </form>
          <p className={styles.summary} role="status">
            <strong>{n(queue.total)}</strong> {queue.total === 1 ? 'question' : 'questions'} awaiting an answer{scope ? ` ${scope}` : ''}
            {queue.overdue > 0 ? `, ${n(queue.overdue)} overdue` : ''}.
          </p>
          {queue.rows.length === 0 && queue.total > 0 ? (
            <p>
              This page is past the end of the queue. <Link href={href({ ...base, mine: filters.mine ? 1 : undefined })}>Go to the first page</Link>
            </p>
          ) : queue.rows.length === 0 ? (
            <p>{filters.mine ? 'No open question is assigned to you. Take one from everyone’s queue.' : 'No question is waiting for an answer here.'}</p>
          ) : (
            <QueueList rows={queue.rows} me={me.id} users={users} />
          )}
          <Pager page={queue.page} pageSize={queue.pageSize} total={queue.total} label="Pages of the work queue" hrefFor={(page) => href({ ...base, mine: filters.mine ? 1 : undefined, page: page > 1 ? page : undefined })} />
        </section>
        <RecentChanges changes={recent} />
      </div>
    </>
  );
}
