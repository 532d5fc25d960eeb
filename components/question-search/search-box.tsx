'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SearchHelp } from './search-help';
import { useViewNavigation } from './use-view-navigation';

const DEBOUNCE_MS = 400;

/** The current address with new search words: back to page 1, and relevance dropped with the words. */
function withSearch(params: URLSearchParams, text: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (text.trim()) next.set('q', text.trim());
  else {
    next.delete('q');
    if (next.get('sort') === 'relevance') {
      next.delete('sort');
      next.delete('dir');
    }
  }
  next.delete('page');
  return next;
}

/**
 * The search box, in the questions layout so it keeps focus and what is being typed while the table
 * below reloads. Typing searches after a pause (the first pause adds a history entry, later ones
 * update it, so Back leaves the search in one step); Enter searches at once. Without JavaScript it
 * is an ordinary GET form that keeps the other parameters.
 */
export function SearchBox() {
  const id = useId();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const { navigate, isPending } = useViewNavigation();
  const [value, setValue] = useState(q);
  // The last search this box asked for and the last the address showed: our own navigation landing
  // keeps what is being typed; Back/Forward or a removed chip shows the address's words.
  const [sent, setSent] = useState(q);
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (q !== sent.trim()) {
      setValue(q);
      setSent(q);
    }
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typing = useRef(false);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const search = (text: string, history: 'push' | 'replace') => {
    if (timer.current) clearTimeout(timer.current);
    if (text.trim() === q.trim()) return;
    setSent(text);
    const params = withSearch(new URLSearchParams(searchParams.toString()), text).toString();
    navigate(params ? `${pathname}?${params}` : pathname, history);
  };

  const onChange = (text: string) => {
    setValue(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      search(text, typing.current ? 'replace' : 'push');
      typing.current = true;
    }, DEBOUNCE_MS);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    typing.current = false;
    search(value, 'push');
  };

  const hidden = [...withSearch(new URLSearchParams(searchParams.toString()), '').entries()];
  return (
    <SearchForm id={id} onSubmit={onSubmit} hidden={hidden} pending={isPending}>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          typing.current = false;
        }}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        aria-describedby={`${id}-hint`}
        placeholder='e.g. "joint production" member:morello'
      />
    </SearchForm>
  );
}

/** The same form before the script runs (the layout's Suspense fallback): a plain GET search. */
export function SearchBoxFallback() {
  return (
    <SearchForm id="search-fallback" hidden={[]} pending={false}>
      <input id="search-fallback-q" name="q" type="search" autoComplete="off" maxLength={500} aria-describedby="search-fallback-hint" />
    </SearchForm>
  );
}

function SearchForm({ id, onSubmit, hidden, pending, children }: { id: string; onSubmit?: (event: FormEvent<HTMLFormElement>) => void; hidden: [string, string][]; pending: boolean; children: React.ReactNode }) {
  return (
    <form role="search" action="/questions" method="get" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={`${id}-q`} className="search-box__label">
        Search questions and answers
      </label>
      <div className="search-box__row">
        {children}
        <button type="submit">Search</button>
        <SearchHelp />
      </div>
      <p id={`${id}-hint`} className="search-box__hint">
        Words, &quot;exact phrases&quot;, OR, -exclusions, prefix* and field words such as member: or department:.{' '}
        <span className="search-box__pending" role="status">
          {pending ? 'Searching…' : ''}
        </span>
      </p>
      {hidden.map(([name, v], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
      ))}
    </form>
  );
}
