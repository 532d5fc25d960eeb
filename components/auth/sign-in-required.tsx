'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { SignInForm } from './sign-in-form';

/**
 * Shown by the root layout instead of any page while sign-in is required and nobody is signed in (the
 * proxy normally redirects first; this is the page's own check). Returns to the page asked for.
 */
export function SignInRequired() {
  const pathname = usePathname();
  const params = useSearchParams();
  const search = params.toString();
  const next = pathname === '/login' ? (params.get('next') ?? '/') : `${pathname}${search ? `?${search}` : ''}`;
  return (
    <>
      <h1>Sign in</h1>
      <p>This site is for signed-in staff only. Sign in to continue.</p>
      <SignInForm next={next} />
      <p>Accounts are created by an admin. If you have forgotten your password, ask an admin to set a new one.</p>
    </>
  );
}
