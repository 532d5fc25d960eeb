'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useTransition } from 'react';

/**
 * Moves the questions table to another view (an address from lib/search/view-url.ts) inside a
 * transition, so the current rows stay on screen, marked busy, until the new ones arrive. `replace`
 * is for updates that continue one another (typing), `push` for each deliberate change, so Back
 * steps through the views a user chose.
 */
export function useViewNavigation() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, history: 'push' | 'replace' = 'push') => {
      startTransition(() => {
        if (history === 'replace') router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [router],
  );
  return { navigate, isPending };
}
