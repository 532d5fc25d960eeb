import type { ReactNode } from 'react';
import { formatCount } from '@/components/data-table/summary';
import { hrefWithout } from '@/lib/table-url';
import { FilterChipLink, FilterForm } from './filter-form';
import styles from './list-filters.module.css';

/** A filter in force, shown as a chip that removes it. */
export interface ActiveFilter {
  /** The URL parameter the chip removes. */
  param: string;
  /** "Party" */
  label: string;
  /** "Labour" */
  value: string;
}

export interface ListFiltersProps {
  /** The list's path, e.g. "/members". */
  path: string;
  /** The form's accessible name, e.g. "Filter members". */
  label: string;
  /** The whole view without its page (lib/table-url.ts listViewParams): filters and table state. */
  params: URLSearchParams;
  /** Parameters the form's own fields set; the rest of `params` (table state, scope) rides along in hidden fields. */
  fields: readonly string[];
  active: ActiveFilter[];
  /** How many rows match, and the table's noun: "3 members match", shown with the chips while any filter is active. */
  matched: { total: number; noun: { one: string; other: string } };
  submitLabel: string;
  /** The fields: TextFilter, SelectFilter, CheckboxFilter or any labelled control. */
  children: ReactNode;
}

/**
 * Filters for a list over the shared data table: a GET form (works without JavaScript, always
 * lands on page 1, keeps the table's sort, size and columns), then the match count and a chip per
 * active filter, each removing that one filter with a click.
 */
export function ListFilters({ path, label, params, fields, active, matched, submitLabel, children }: ListFiltersProps) {
  const kept = Object.fromEntries([...params].filter(([name]) => !fields.includes(name)));
  return (
    <>
      {/* Remounts when the view changes, so the fields show the filters in force after a chip is removed. */}
      <FilterForm key={params.toString()} action={path} label={label}>
        {children}
        {/* After the fields, so a submitted address reads filters first, then the table's state. */}
        <HiddenParams params={kept} />
        <div className="filters__actions">
          <button type="submit">{submitLabel}</button>
        </div>
      </FilterForm>
      {active.length > 0 ? (
        <div className={styles.active}>
          <p className={styles.count} tabIndex={-1} data-filter-count>
            {formatCount(matched.total, matched.noun)} {matched.total === 1 ? 'matches' : 'match'}
          </p>
          <ul className={styles.chips} aria-label="Active filters">
            {active.map((filter) => (
              <li key={filter.param}>
                <FilterChipLink className={styles.chip} href={hrefWithout(path, params, [filter.param])}>
                  <span className="visually-hidden">Remove filter </span>
                  {filter.label}: {filter.value}
                  <span className={styles.x} aria-hidden="true">
                    ×
                  </span>
                </FilterChipLink>
              </li>
            ))}
          </ul>
          {active.length > 1 ? (
            <FilterChipLink href={hrefWithout(path, params, [...fields, ...active.map((filter) => filter.param)])}>Clear all filters</FilterChipLink>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

export function TextFilter({ id, name, label, value, hint }: { id: string; name: string; label: string; value?: string; hint?: string }) {
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="search" defaultValue={value ?? ''} maxLength={200} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function SelectFilter({ id, name, label, value, anyLabel, options }: { id: string; name: string; label: string; value?: string; anyLabel: string; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DateFilter({ id, name, label, value }: { id: string; name: string; label: string; value?: string }) {
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="date" defaultValue={value ?? ''} />
    </div>
  );
}

export function CheckboxFilter({ id, name, label, checked, value = 'yes' }: { id: string; name: string; label: string; checked: boolean; value?: string }) {
  return (
    <div className={`filters__field ${styles.check}`}>
      <input id={id} name={name} type="checkbox" value={value} defaultChecked={checked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Hidden inputs that carry the rest of the view (table state, scope) through the form's GET. */
function HiddenParams({ params }: { params: Record<string, string> }) {
  return (
    <>
      {Object.entries(params).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
