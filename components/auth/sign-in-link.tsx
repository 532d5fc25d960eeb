'use client';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

/** "Sign in", returning to the page the reader is on afterwards. */
export function SignInLink({ children = 'Sign in' }: { children?: React.ReactNode }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const here = pathname + (query ? `?${query}` : '');
  return <Link href={pathname === '/login' ? '/login' : `/login?next=${encodeURIComponent(here)}`}>{children}</Link>;
}
