import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { requireReader } from '@/server/auth/reader-gate';
import { getCurrentUser } from '@/server/auth/session';
import { signUpEnabled } from '@/server/auth/sign-up';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

/** Readers register for email alerts (a viewer account, confirmed by email). */
export default async function SignUpPage() {
  await requireReader();
  const user = await getCurrentUser();
  return (
    <>
      <h1>Create an account</h1>
      {user ? (
        <p>
          You are signed in as {user.email}. Manage <Link href="/alerts">your alerts</Link>.
        </p>
      ) : signUpEnabled() ? (
        <>
          <p>An account lets you follow questions, members, departments, topics and searches by email. Reading needs no account.</p>
          <SignUpForm />
          <p>
            Already have an account? <Link href="/login">Sign in</Link>.
          </p>
        </>
      ) : (
        <p className="notice">This site does not take new accounts. Ask an admin for one, or follow its Atom and RSS feeds without an account.</p>
      )}
    </>
  );
}
