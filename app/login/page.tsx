import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { returnPath } from '@/lib/validation/sign-in';
import { getCurrentUser } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const next = returnPath.parse(typeof (await searchParams).next === 'string' ? (await searchParams).next : undefined);
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
      <p>Staff sign in to log questions, answers, meetings and coverage. Reading needs no account.</p>
      <SignInForm next={next} />
      <p>Accounts are created by an admin. If you have forgotten your password, ask an admin to set a new one.</p>
    </>
  );
}
