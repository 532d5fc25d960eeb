'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion, SuggestKind } from '@/lib/validation/suggest';

export interface PickerOption {
  value: string;
  label: string;
}

interface PickerProps {
  label: string;
  kind: SuggestKind;
  /** Form field the chosen values are submitted as. */
  name: string;
  selected: PickerOption[];
  onChange: (next: PickerOption[]) => void;
  /** One value only (an asking member, a department): choosing replaces the current choice. */
  single?: boolean;
  /** For staff forms: a hint under the label and the field's errors (tied to the input for screen readers). */
  hint?: string;
  errors?: string[];
}

/**
 * A searchable multi-select (the ARIA 1.2 combobox pattern with a listbox popup): type part of a name,
 * pick with the arrow keys and Enter or by clicking; chosen values show as removable tokens and are
 * submitted as hidden inputs, so the surrounding GET form carries them.
 */
export function Picker({ label, kind, name, selected, onChange, single = false, hint, errors = [] }: PickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [loaded, setLoaded] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/suggest?kind=${kind}&q=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ results: Suggestion[] }>) : { results: [] }))
        .then(({ results }) => {
          const chosen = new Set(selected.map((s) => s.value));
          setOptions(results.filter((r) => !chosen.has(r.value)));
          setActive(-1);
          setLoaded(true);
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, text, kind, selected]);

  const choose = (option: Suggestion) => {
    onChange(single ? [{ value: option.value, label: option.label }] : [...selected, { value: option.value, label: option.label }]);
    setText('');
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      if (open && options[active]) {
        event.preventDefault();
        choose(options[active]!);
      } else if (open && options.length === 1) {
        event.preventDefault();
        choose(options[0]!);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const expanded = open && loaded;
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="picker__hint">
          {hint}
        </span>
      ) : null}
      {selected.length > 0 ? (
        <ul className="picker__tokens" aria-label={`Chosen: ${label.toLowerCase()}`}>
          {selected.map((option) => (
            <li key={option.value} className="picker__token">
              {option.label}
              <button type="button" className="picker__remove" aria-label={`Remove ${option.label}`} onClick={() => onChange(selected.filter((s) => s.value !== option.value))}>
                ×
              </button>
              <input type="hidden" name={name} value={option.value} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="picker__field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder={single && selected.length ? 'Type to choose another' : 'Type to search'}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="picker__list" hidden={!expanded}>
          {options.map((option, i) => (
            <li
              key={option.value}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'picker__option is-active' : 'picker__option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.label}
              {option.detail ? <span className="picker__detail"> {option.detail}</span> : null}
            </li>
          ))}
          {options.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="picker__none">
              No matches
            </li>
          ) : null}
        </ul>
      </div>
      {errors.length ? (
        <p id={`${id}-error`} className="picker__error">
          {errors.join(' ')}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {expanded ? `${options.length} ${options.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </p>
    </div>
  );
}
