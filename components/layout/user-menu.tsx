import Link from 'next/link';
import { Suspense } from 'react';
import { SignInLink } from '@/components/auth/sign-in-link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { hasRole } from '@/lib/auth/roles';
import { getCurrentUser } from '@/server/auth/session';
import styles from './user-menu.module.css';

/** The header's account corner: "Sign in" for readers; name, staff pages and sign-out for the signed in. */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className={styles.menu}>
        <Suspense fallback={<Link href="/login">Sign in</Link>}>
          <SignInLink />
        </Suspense>
      </div>
    );
  }
  return (
    <div className={styles.menu}>
      {hasRole(user.role, 'editor') ? <Link href="/work">Work queue</Link> : null}
      {hasRole(user.role, 'admin') ? <Link href="/admin">Admin</Link> : null}
      <Link href="/alerts">Alerts</Link>
      <span className={styles.name}>{user.name}</span>
      <SignOutButton />
    </div>
  );
}
