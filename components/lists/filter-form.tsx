'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from 'react';
import { hrefWithParams } from '@/lib/table-url';

// Set when a filter change starts a navigation, so the new view moves focus to its match count. A
// module variable, not state: the form remounts when the view changes, and the intent must survive.
let pendingFocus = 0;
const markFilterNavigation = () => {
  pendingFocus = Date.now();
};

/**
 * A list's filter form. Without JavaScript it is a plain GET form; with it, submitting navigates
 * in place (no reload, scroll kept) to an address without the empty fields, so copied links stay short.
 * There is no page field: new filters always start at page 1. After a filter change, focus moves to
 * the match count (or the table's summary), which says what the new view holds.
 */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    const startedAt = pendingFocus;
    pendingFocus = 0;
    if (!startedAt || Date.now() - startedAt > 15_000) return;
    const main = formRef.current?.closest('main') ?? document;
    const target = main.querySelector<HTMLElement>('[data-filter-count]') ?? main.querySelector<HTMLElement>('[data-focus-fallback]');
    target?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    const href = hrefWithParams(action, params);
    // The same view does not remount the form, so there is nothing to move focus for.
    if (href !== `${window.location.pathname}${window.location.search}`.replace(/%2C/gi, ',')) markFilterNavigation();
    startTransition(() => router.push(href, { scroll: false }));
  };
  return (
    <form ref={formRef} className="filters" action={action} method="get" role="search" aria-label={label} aria-busy={isPending} onSubmit={onSubmit}>
      {children}
    </form>
  );
}

/** A link that removes a filter; focus then goes to the new match count, as after the form. */
export function FilterChipLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={className} scroll={false} onNavigate={markFilterNavigation}>
      {children}
    </Link>
  );
}
