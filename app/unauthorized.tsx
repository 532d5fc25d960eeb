import { Suspense } from 'react';
import Link from 'next/link';
import { SignInLink } from '@/components/auth/sign-in-link';

export default function Unauthorized() {
  return (
    <>
      <h1>Sign in to continue</h1>
      <p>This page or action is for signed-in staff.</p>
      <p>
        <Suspense fallback={<Link href="/login">Sign in</Link>}>
          <SignInLink />
        </Suspense>
      </p>
    </>
  );
}
