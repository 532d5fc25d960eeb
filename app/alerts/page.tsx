import type { Metadata } from 'next';
import Link from 'next/link';
import { AlertControls } from '@/components/alerts/alert-controls';
import styles from '@/components/alerts/alerts.module.css';
import { FREQUENCY_LABELS, KIND_LABELS } from '@/lib/alerts/follow';
import { requireRole } from '@/server/auth/session';
import { listFollows } from '@/server/alerts/list-follows';

export const metadata: Metadata = { title: 'Your alerts', robots: { index: false } };

/** A signed-in user's email alerts: what they follow, how often, and stopping each. */
export default async function AlertsPage({ searchParams }: PageProps<'/alerts'>) {
  const user = await requireRole('viewer');
  const follows = await listFollows(user.id);
  const stopped = (await searchParams).stopped;
  return (
    <>
      <h1>Your alerts</h1>
      {typeof stopped === 'string' && stopped ? (
        <p className="notice" role="status">
          You no longer follow “{stopped.slice(0, 200)}”.
        </p>
      ) : null}
      <p>
        Emails go to {user.email}. Follow a question, member, department or topic from its page, or a search from the{' '}
        <Link href="/questions">questions table</Link>. “At once” sends an email for each new question or answer; a daily digest
        collects them into one email each morning.
      </p>
      {follows.length === 0 ? (
        <p className="notice">You follow nothing yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Alerts">
          {follows.map((f) => (
            <li key={f.id} className={styles.item}>
              <div>
                <span className={styles.kind}>{KIND_LABELS[f.kind]}</span>
                <br />
                {f.href ? <Link href={f.href}>{f.label}</Link> : <span>{f.label} (no longer exists)</span>}
                <br />
                <span className={styles.kind}>{FREQUENCY_LABELS[f.frequency]}</span>
              </div>
              <AlertControls id={f.id} label={f.label} frequency={f.frequency} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
