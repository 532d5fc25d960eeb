import Link from 'next/link';
import { DemoBadge, StatusBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import { formatDays } from '@/lib/dates';
import type { WorkQueueItem } from '@/server/work-queue';
import { AssignControls } from './assign-controls';
import styles from './work-queue.module.css';

const houseName = (h: string) => (h === 'LORDS' ? 'Lords' : 'Commons');

/** "due in 3 days", "due today", "9 days overdue" (awaiting), "7 days past due" (holding answer given). */
function dueText(item: WorkQueueItem): string {
  if (item.dueInDays === 0) return 'due today';
  if (item.dueInDays > 0) return `due in ${formatDays(item.dueInDays)}`;
  return `${formatDays(item.dueInDays)} ${item.status === 'overdue' ? 'overdue' : 'past due'}`;
}

/** The queue's questions as cards (they read on a phone as well as on a desk), in the order given. */
export function QueueList({ rows, me, users }: { rows: WorkQueueItem[]; me: string; users: { id: string; name: string }[] }) {
  return (
    <ol className={styles.items}>
      {rows.map((q) => {
        const name = `${houseName(q.house)} ${q.uin}`;
        const classes = [styles.item, q.status === 'overdue' ? styles.overdue : '', q.isNamedDay ? styles.named : ''].filter(Boolean).join(' ');
        return (
          <li key={q.id} className={classes} data-question-id={q.id}>
            <p className={styles.due}>
              <strong>
                Due <CalendarDate date={q.dateDue} unreported={q.unreportedFields.includes('dateDue')} short />
              </strong>
              <span>({dueText(q)})</span>
              <StatusBadge status={q.status} />
              {q.isNamedDay ? <span className="badge badge--named">Named day</span> : null}
              {q.isDemo ? <DemoBadge /> : null}
            </p>
            <h3>
              <Link href={q.href}>{q.heading}</Link>
            </h3>
            <p className={styles.meta}>
              {name}
              {q.unreportedFields.includes('uin') ? ' (UIN not reported)' : ''} · <Link href={q.department.href}>{q.department.name}</Link> · asked by{' '}
              <Link href={q.member.href}>{q.member.name}</Link> · tabled <CalendarDate date={q.dateTabled} unreported={q.unreportedFields.includes('dateTabled')} short />
            </p>
            <p className={styles.assignee}>
              {q.assignee ? (
                <>
                  Assigned to <strong>{q.assignee.id === me ? `${q.assignee.name} (me)` : q.assignee.name}</strong>
                </>
              ) : (
                <span className="muted">Not assigned</span>
              )}
            </p>
            <div className={styles.actions}>
              <Link href={q.answerHref} className="button">
                Log the answer<span className="visually-hidden"> to {name}</span>
              </Link>
              <AssignControls questionId={q.id} name={name} assignee={q.assignee} me={me} users={users} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
