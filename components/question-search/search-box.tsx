'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { viewHref } from '@/lib/search/view-url';
import { questionQueryToSearchParams, type QuestionQuery } from '@/lib/validation/question-query';
import { SearchHelp } from './search-help';
import { useViewNavigation } from './use-view-navigation';

const DEBOUNCE_MS = 400;

/**
 * The search box. Typing searches after a pause (the first pause adds a history entry, later ones
 * update it, so Back leaves the search in one step); Enter searches at once. Without JavaScript it is
 * an ordinary GET form that keeps the other filters.
 */
export function SearchBox({ query }: { query: QuestionQuery }) {
  const id = useId();
  const { navigate, isPending } = useViewNavigation();
  const [value, setValue] = useState(query.q);
  // The last search this box asked for, and the last the address showed, to tell our own navigation
  // landing (keep what is being typed) from Back/Forward or a removed chip (show the address's).
  const [sent, setSent] = useState(query.q);
  const [seen, setSeen] = useState(query.q);
  if (query.q !== seen) {
    setSeen(query.q);
    if (query.q !== sent) {
      setValue(query.q);
      setSent(query.q);
    }
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typing = useRef(false);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const search = (text: string, history: 'push' | 'replace') => {
    if (timer.current) clearTimeout(timer.current);
    if (text.trim() === sent.trim()) return;
    setSent(text);
    navigate(viewHref(query, { q: text, sort: query.sort === 'relevance' && !text.trim() ? undefined : query.sort }), history);
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

  const hidden = [...questionQueryToSearchParams({ ...query, q: '', page: 1 }).entries()];
  return (
    <form role="search" action="/questions" method="get" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={`${id}-q`} className="search-box__label">
        Search questions and answers
      </label>
      <div className="search-box__row">
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
        <button type="submit">Search</button>
        <SearchHelp />
      </div>
      <p id={`${id}-hint`} className="search-box__hint">
        Words, &quot;exact phrases&quot;, OR, -exclusions, prefix* and field words such as member: or department:.
        {isPending ? <span className="search-box__pending" role="status"> Searching…</span> : null}
      </p>
      {hidden.map(([name, v], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
      ))}
    </form>
  );
}
