import type { Metadata } from 'next';
import Link from 'next/link';
import { RestoreButton } from '@/components/history/restore-button';
import styles from '@/components/history/history.module.css';
import { formatDateTime } from '@/lib/dates';
import { requireRole } from '@/server/auth/session';
import { listDeletedRecords } from '@/server/history/history-view';

export const metadata: Metadata = { title: 'Deleted records', robots: { index: false } };

const NOUNS: Record<string, string> = { Question: 'Question', AnswerVersion: 'Answer version', Meeting: 'Meeting', Coverage: 'Article', Topic: 'Topic' };

export default async function DeletedRecordsPage() {
  await requireRole('admin');
  const deleted = await listDeletedRecords();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/admin">Admin</Link>
      </p>
      <h1>Deleted records</h1>
      <p>Records deleted and not restored since, newest first. Restoring puts back the record with its links, exactly as they were.</p>
      {deleted.length === 0 ? (
        <p>Nothing has been deleted.</p>
      ) : (
        <ul className={styles.changes}>
          {deleted.map((d) => (
            <li key={d.changeId} className={styles.change}>
              <article aria-labelledby={`deleted-${d.changeId}`}>
                <h2 id={`deleted-${d.changeId}`}>
                  {NOUNS[d.entityType]}: <Link href={`/history/${d.entityType}/${d.entityId}`}>{d.label}</Link>
                </h2>
                <p className={styles.meta}>
                  Deleted by {d.actor}, <time dateTime={d.at.toISOString()}>{formatDateTime(d.at)}</time>
                </p>
                <p>{d.contents.length ? `With its ${d.contents.join(', ')}.` : 'Nothing else was deleted with it.'}</p>
                <RestoreButton changeId={d.changeId} label={d.label} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
