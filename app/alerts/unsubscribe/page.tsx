import type { Metadata } from 'next';
import Link from 'next/link';
import { findUnsubscribeTarget } from '@/server/alerts/unsubscribe';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

/**
 * Where an alert email's unsubscribe link opens: says what would stop and asks to confirm (a GET changes
 * nothing, so link scanners cannot unsubscribe anyone); the button posts to the one-click address.
 */
export default async function UnsubscribePage({ searchParams }: PageProps<'/alerts/unsubscribe'>) {
  const params = await searchParams;
  const token = typeof params.t === 'string' ? params.t : '';
  const done = params.done === '1';
  const target = token ? await findUnsubscribeTarget(token) : null;
  if (!target) {
    return (
      <>
        <h1>Unsubscribe</h1>
        <p className="notice" data-request-problem="">
          This unsubscribe link is not valid: it may have been cut short when it was copied. Open it again from the email, or manage your
          alerts on <Link href="/alerts">your alerts page</Link> after signing in.
        </p>
      </>
    );
  }
  if (done || target.follows.length === 0) {
    return (
      <>
        <h1>Unsubscribed</h1>
        <p>{target.scope.kind === 'digest' ? 'You will get no more daily digests.' : 'You will get no more emails for this alert.'}</p>
        <p>
          Changed your mind? Follow it again from its page, or see <Link href="/alerts">your alerts</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Unsubscribe</h1>
      <p>{target.scope.kind === 'digest' ? 'Stop your daily digest? These alerts will stop:' : 'Stop emails for this alert?'}</p>
      <ul>
        {target.follows.map((f) => (
          <li key={f.id}>{f.label}</li>
        ))}
      </ul>
      <form method="post" action={`/alerts/unsubscribe/one-click?t=${encodeURIComponent(token)}`}>
        <button type="submit" className="button">
          Unsubscribe
        </button>
      </form>
    </>
  );
}
