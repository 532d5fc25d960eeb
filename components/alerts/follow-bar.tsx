import Link from 'next/link';
import type { FollowKind } from '@/lib/alerts/follow';
import { toFollowFrequency } from '@/lib/alerts/follow';
import { getCurrentUser } from '@/server/auth/session';
import { signUpEnabled } from '@/server/auth/sign-up';
import { prisma } from '@/server/db';
import { FollowForm } from './follow-form';
import styles from './alerts.module.css';

export interface FollowBarProps {
  kind: FollowKind;
  /** What the form submits: a question's id, a slug, or the table's query string. */
  target: string;
  /** How the follow is stored (a record's id; the canonical query for a search), to find an existing one. */
  targetId: string;
  /** "this question", "Ministry of Defence". */
  what: string;
  /** The feeds' address without extension, e.g. `/departments/ministry-of-defence/feed` (+ query). */
  feed: { pathname: string; search: string };
  /** Where to come back to after signing in. */
  returnTo: string;
  /** Why this cannot be followed (every question at once): feeds only, with this said. */
  noFollowReason?: string;
}

/**
 * Feeds and email alerts for a record or a search, on its page: RSS/Atom links for everyone; the follow
 * form for a signed-in reader; a sign-in link otherwise. Signed-out readers all see the same bar, so the
 * page cache stays exact (signed-in requests never go through it).
 */
export async function FollowBar({ kind, target, targetId, what, feed, returnTo, noFollowReason }: FollowBarProps) {
  const user = noFollowReason ? null : await getCurrentUser();
  const existing = user ? await prisma.follow.findUnique({ where: { userId_kind_targetId: { userId: user.id, kind, targetId } }, select: { frequency: true } }) : null;
  return (
    <aside className={styles.bar} aria-label="Feeds and alerts">
      <p className={styles.feeds}>
        Feed: <a href={`${feed.pathname}.atom${feed.search}`} type="application/atom+xml">Atom</a> · <a href={`${feed.pathname}.rss${feed.search}`} type="application/rss+xml">RSS</a>
      </p>
      {noFollowReason ? (
        <p className={styles.signIn}>{noFollowReason}</p>
      ) : user ? (
        <FollowForm kind={kind} target={target} what={what} current={existing ? toFollowFrequency(existing.frequency) : null} />
      ) : (
        <p className={styles.signIn}>
          <Link href={`/login?next=${encodeURIComponent(returnTo)}`}>Sign in</Link>
          {/* Offered only where this site takes new accounts (mail set up, site public): no dead-end link. */}
          {signUpEnabled() ? (
            <>
              {' '}
              or <Link href="/signup">create an account</Link>
            </>
          ) : null}{' '}
          to get email alerts about {what}.
        </p>
      )}
    </aside>
  );
}
