'use client';

import { useEffect, useRef, useState } from 'react';
import { parseCalendarDate, toIsoDate } from '@/lib/dates';
import type { QuestionStatus } from '@/lib/question-status';
import { viewHref, type ViewChange } from '@/lib/search/view-url';
import { questionQueryToSearchParams, STATUS_OPTIONS, type QuestionQuery } from '@/lib/validation/question-query';
import type { FilterNames } from '@/server/search/resolve-filters';
import { Picker, type PickerOption } from './picker';
import { useViewNavigation } from './use-view-navigation';

const PICKERS = [
  { key: 'member', label: 'Asking member', kind: 'member' },
  { key: 'answerer', label: 'Answering member', kind: 'member' },
  { key: 'party', label: 'Party of the asking member', kind: 'party' },
  { key: 'department', label: 'Department', kind: 'department' },
  { key: 'topic', label: 'Topic', kind: 'topic' },
] as const;
type PickerKey = (typeof PICKERS)[number]['key'];

const DATES = [
  { key: 'tabled', label: 'Date tabled' },
  { key: 'answered', label: 'Date answered' },
  { key: 'due', label: 'Date due' },
] as const;
type DateKey = 'tabledFrom' | 'tabledTo' | 'answeredFrom' | 'answeredTo' | 'dueFrom' | 'dueTo';

const YES_NO = [
  { key: 'namedDay', label: 'Named day' },
  { key: 'coverage', label: 'Has news coverage' },
  { key: 'meeting', label: 'Answer cites a meeting' },
] as const;
type YesNoKey = (typeof YES_NO)[number]['key'];

interface FilterState {
  house: '' | 'commons' | 'lords';
  status: QuestionStatus[];
  pickers: Record<PickerKey, PickerOption[]>;
  yesNo: Record<YesNoKey, '' | 'yes' | 'no'>;
  dates: Record<DateKey, string>;
}

function stateFrom(query: QuestionQuery, names: FilterNames): FilterState {
  const options = (key: PickerKey) => query[key].map((value) => ({ value, label: names[key][value] ?? value }));
  const date = (d: Date | undefined) => (d ? toIsoDate(d) : '');
  return {
    house: query.house ?? '',
    status: query.status,
    pickers: { member: options('member'), answerer: options('answerer'), party: options('party'), department: options('department'), topic: options('topic') },
    yesNo: { namedDay: query.namedDay ?? '', coverage: query.coverage ?? '', meeting: query.meeting ?? '' },
    dates: {
      tabledFrom: date(query.tabledFrom),
      tabledTo: date(query.tabledTo),
      answeredFrom: date(query.answeredFrom),
      answeredTo: date(query.answeredTo),
      dueFrom: date(query.dueFrom),
      dueTo: date(query.dueTo),
    },
  };
}

function toChange(state: FilterState): ViewChange {
  const date = (value: string) => parseCalendarDate(value) ?? undefined;
  return {
    house: state.house || undefined,
    status: state.status,
    ...Object.fromEntries(PICKERS.map(({ key }) => [key, state.pickers[key].map((o) => o.value)])),
    ...Object.fromEntries(YES_NO.map(({ key }) => [key, state.yesNo[key] || undefined])),
    ...Object.fromEntries(Object.entries(state.dates).map(([key, value]) => [key, date(value)])),
  };
}

// The page remounts when its address changes: remember, across that, whether the panel was open and
// which control started the change, so keyboard users keep their place.
let remembered: { open: boolean; focusId: string | null; at: number } | null = null;

/**
 * The filter panel. Every change applies on its own (after a short pause for dates, which browsers
 * report keystroke by keystroke) and returns to page 1; without JavaScript, "Apply filters" submits
 * the same fields as a GET form.
 */
export function FilterPanel({ query, names, open }: { query: QuestionQuery; names: FilterNames; open: boolean }) {
  const { navigate } = useViewNavigation();
  const [state, setState] = useState(() => stateFrom(query, names));
  // Follow the address when it changes from elsewhere (Back, a removed chip, the search box).
  const incoming = viewHref(query);
  const [seen, setSeen] = useState(incoming);
  if (incoming !== seen) {
    setSeen(incoming);
    if (viewHref(query, toChange(state)) !== incoming) setState(stateFrom(query, names));
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = detailsRef.current;
    if (remembered && Date.now() - remembered.at < 15_000 && details) {
      details.open = remembered.open;
      const target = remembered.focusId ? document.getElementById(remembered.focusId) : null;
      if (target && (document.activeElement === document.body || document.activeElement === null)) target.focus({ preventScroll: true });
    }
    remembered = null;
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const update = (next: FilterState, delay = 0) => {
    setState(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const href = viewHref(query, toChange(next));
      if (href === incoming) return;
      const focused = document.activeElement;
      remembered = { open: detailsRef.current?.open ?? true, focusId: focused && focused.id ? focused.id : null, at: Date.now() };
      navigate(href);
    }, delay);
  };

  const active = questionQueryToSearchParams({ ...query, q: '', sort: undefined, dir: undefined, page: 1, size: undefined, hide: undefined }).size;
  const keep = [...questionQueryToSearchParams({ q: query.q, sort: query.sort, dir: query.dir, size: query.size, hide: query.hide }).entries()];
  return (
    <details ref={detailsRef} className="filter-panel" open={open}>
      <summary>
        Filters{active > 0 ? <span className="filter-panel__count"> ({active} active)</span> : null}
      </summary>
      <form action="/questions" method="get" className="filter-panel__form" onSubmit={(event) => {
        event.preventDefault();
        navigate(viewHref(query, toChange(state)));
      }}>
        {keep.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <div className="filter-panel__grid">
          <div className="filter-panel__field">
            <label htmlFor="filter-house">House</label>
            <select id="filter-house" name="house" value={state.house} onChange={(e) => update({ ...state, house: e.target.value as FilterState['house'] })}>
              <option value="">Both Houses</option>
              <option value="commons">Commons</option>
              <option value="lords">Lords</option>
            </select>
          </div>
          <fieldset className="filter-panel__field filter-panel__statuses">
            <legend>Status</legend>
            {STATUS_OPTIONS.map((option) => (
              <label key={option.value} className="filter-panel__check">
                <input
                  id={`filter-status-${option.value}`}
                  type="checkbox"
                  name="status"
                  value={option.value}
                  checked={state.status.includes(option.value)}
                  onChange={(e) =>
                    update({ ...state, status: e.target.checked ? [...state.status, option.value] : state.status.filter((s) => s !== option.value) })
                  }
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
          {PICKERS.map((picker) => (
            <div key={picker.key} className="filter-panel__field">
              <Picker
                label={picker.label}
                kind={picker.kind}
                name={picker.key}
                selected={state.pickers[picker.key]}
                onChange={(next) => update({ ...state, pickers: { ...state.pickers, [picker.key]: next } })}
              />
            </div>
          ))}
          {YES_NO.map((field) => (
            <div key={field.key} className="filter-panel__field">
              <label htmlFor={`filter-${field.key}`}>{field.label}</label>
              <select
                id={`filter-${field.key}`}
                name={field.key}
                value={state.yesNo[field.key]}
                onChange={(e) => update({ ...state, yesNo: { ...state.yesNo, [field.key]: e.target.value as '' | 'yes' | 'no' } })}
              >
                <option value="">Any</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </select>
            </div>
          ))}
          {DATES.map((range) => (
            <fieldset key={range.key} className="filter-panel__field filter-panel__dates">
              <legend>{range.label}</legend>
              {(['From', 'To'] as const).map((end) => {
                const key = `${range.key}${end}` as DateKey;
                return (
                  <label key={key} className="filter-panel__date">
                    <span>{end === 'From' ? 'From' : 'To'}</span>
                    <input
                      id={`filter-${key}`}
                      type="date"
                      name={key}
                      value={state.dates[key]}
                      onChange={(e) => update({ ...state, dates: { ...state.dates, [key]: e.target.value } }, 800)}
                    />
                  </label>
                );
              })}
            </fieldset>
          ))}
        </div>
        <button type="submit" className="filter-panel__apply">
          Apply filters
        </button>
      </form>
    </details>
  );
}
