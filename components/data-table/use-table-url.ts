'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useOptimistic, useTransition } from 'react';
import { hrefWithParams, nextTableState, tableStateParams, type TableStateChange } from '@/lib/table-url';
import type { TableUrlConfig, TableUrlState } from '@/lib/validation/table-state';

export interface TableNavigateOptions {
  /** `push` (the default) adds a history entry, so Back returns to the previous view. */
  history?: 'push' | 'replace';
  /** `data-focus-key` of the control to focus once the new view has rendered. */
  focusKey?: string;
  scroll?: boolean;
}

// The control that started a navigation, focused again once the new rows arrive. A module variable,
// not state: Next remounts the page when its search params change, and focus must survive that.
let pendingFocus: { key: string; at: number } | null = null;

/**
 * Focuses the control that started the last table navigation, if it is in `root` and focus was lost
 * on the way. Returns that control's key, or null when the table did not start the navigation.
 */
export function restorePendingFocus(root: HTMLElement | null): string | null {
  const pending = pendingFocus;
  pendingFocus = null;
  if (!pending || !root || Date.now() - pending.at > 15_000) return null;
  if (document.activeElement && document.activeElement !== document.body && root.contains(document.activeElement)) return pending.key;
  const target = root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(pending.key)}"]`);
  const fallback = root.querySelector<HTMLElement>('[data-focus-fallback]');
  (target ?? fallback)?.focus({ preventScroll: true });
  return pending.key;
}

/**
 * A table's state as the URL holds it: the view to render (optimistically updated while the server
 * renders the next page), hrefs for links, and `navigate` for controls. Parameters the table does
 * not own (filters, search terms) are carried over unchanged.
 */
export function useTableUrl<K extends string>(config: TableUrlConfig<K>, state: TableUrlState<K>) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const [view, setOptimisticView] = useOptimistic(state);

  // Changes apply to the view on screen (which may be a pending one), so two quick presses of
  // "Next page" move two pages.
  const hrefFor = useCallback(
    (change: TableStateChange<K>) =>
      hrefWithParams(pathname, tableStateParams(config, new URLSearchParams(searchParams.toString()), nextTableState(view, change))),
    [config, pathname, searchParams, view],
  );

  const navigate = useCallback(
    (change: TableStateChange<K>, options: TableNavigateOptions = {}) => {
      const next = nextTableState(view, change);
      const href = hrefFor(change);
      if (options.focusKey) pendingFocus = { key: options.focusKey, at: Date.now() };
      startTransition(() => {
        setOptimisticView(next);
        const navigateOptions = { scroll: options.scroll ?? false };
        if (options.history === 'replace') router.replace(href, navigateOptions);
        else router.push(href, navigateOptions);
      });
    },
    [hrefFor, router, setOptimisticView, view],
  );

  return { view, isPending, hrefFor, navigate };
}
