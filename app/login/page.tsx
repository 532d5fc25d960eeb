import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { returnPath } from '@/lib/validation/sign-in';
import { getCurrentUser } from '@/server/auth/session';
import { signUpEnabled } from '@/server/auth/sign-up';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const CONFIRMED: Record<string, string> = {
  confirmed: 'Your email address is confirmed: sign in to choose your alerts.',
  expired: 'That confirmation link has expired (links work for an hour). Sign up again to get a new one.',
  invalid: 'That confirmation link is not valid: it may have been cut short when it was copied.',
};

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const params = await searchParams;
  const next = returnPath.parse(typeof params.next === 'string' ? params.next : undefined);
  const confirmed = typeof params.confirmed === 'string' ? CONFIRMED[params.confirmed] : undefined;
  const user = await getCurrentUser();
  if (user) {
    return (
      <>
        <h1>Signed in</h1>
        <p>
          You are signed in as {user.name} ({user.email}), {ROLE_LABELS[user.role].toLowerCase()}.
        </p>
        <p>
          <Link href={next}>Continue</Link>
        </p>
        <SignOutButton />
      </>
    );
  }
  return (
    <>
      <h1>Sign in</h1>
      {confirmed ? (
        <p className="notice" role="status">
          {confirmed}
        </p>
      ) : null}
      <p>Staff sign in to log questions, answers, meetings and coverage; readers sign in to manage their email alerts. Reading needs no account.</p>
      <SignInForm next={next} />
      {signUpEnabled() ? (
        <p>
          New here? <Link href="/signup">Create an account</Link> to follow questions, members, departments, topics and searches by email.
        </p>
      ) : null}
      <p>Staff accounts are created by an admin. If you have forgotten your password, ask an admin to set a new one.</p>
    </>
  );
}
