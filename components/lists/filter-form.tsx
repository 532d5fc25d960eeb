'use client';

import { useRouter } from 'next/navigation';
import { useTransition, type FormEvent, type ReactNode } from 'react';
import { hrefWithParams } from '@/lib/table-url';

/**
 * A list's filter form. Without JavaScript it is a plain GET form; with it, submitting navigates
 * in place (no reload, scroll kept) to an address without the empty fields, so copied links stay short.
 * There is no page field: new filters always start at page 1.
 */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    startTransition(() => router.push(hrefWithParams(action, params), { scroll: false }));
  };
  return (
    <form className="filters" action={action} method="get" role="search" aria-label={label} aria-busy={isPending} onSubmit={onSubmit}>
      {children}
    </form>
  );
}
