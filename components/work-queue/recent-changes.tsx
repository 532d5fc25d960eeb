import Link from 'next/link';
import { formatDateTime } from '@/lib/dates';
import type { ChangeAction, HistoryEntity } from '@/server/history/record-change';
import type { RecentChange } from '@/server/recent-changes';
import styles from './work-queue.module.css';

const VERBS: Record<ChangeAction, string> = {
  create: 'created',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
  link: 'linked',
  unlink: 'unlinked',
  withdraw: 'withdrew',
  reinstate: 'reinstated',
  merge: 'merged',
  assign: 'assigned',
};

const NOUNS: Record<HistoryEntity, string> = {
  Question: 'question',
  AnswerVersion: 'answer',
  Meeting: 'meeting',
  Coverage: 'article',
  Topic: 'topic',
  User: 'account',
};

/** The latest changes anyone logged: who, what, to which record (linked), when; newest first. */
export function RecentChanges({ changes }: { changes: RecentChange[] }) {
  return (
    <section className={styles.recent} aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently logged</h2>
      {changes.length === 0 ? (
        <p className="muted">Nothing has been logged yet.</p>
      ) : (
        <ol className={styles.recentList}>
          {changes.map((c) => (
            <li key={c.id}>
              <strong>{c.actor}</strong> {VERBS[c.action] ?? c.action} {NOUNS[c.entityType] ?? c.entityType}{' '}
              <Link href={c.href}>{c.summary || `#${c.entityId}`}</Link>
              {c.gone ? <span className="muted"> (no longer exists: history)</span> : null}
              <time className={styles.when} dateTime={c.at.toISOString()}>
                {formatDateTime(c.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
