'use client';
/**
 * Other participants (not members) as repeatable rows of name, role, organisation and country, added and
 * removed in place. Each column is sent as `participantName[]` etc., so rows keep their order; a row's
 * error (it needs at least one of the four) shows beside it. Inputs are uncontrolled and keyed by row, so
 * removing a row keeps what was typed in the others.
 */
import { useId, useState } from 'react';
import { formStyles } from '@/components/forms/fields';
import type { ActionState } from '@/lib/forms/action-state';
import { participantRowKey, type OtherParticipant } from '@/lib/validation/meeting-form';
import styles from './participant-rows.module.css';

const COLUMNS = [
  { field: 'name', input: 'participantName[]', label: 'Name' },
  { field: 'role', input: 'participantRole[]', label: 'Role' },
  { field: 'organisation', input: 'participantOrganisation[]', label: 'Organisation' },
  { field: 'country', input: 'participantCountry[]', label: 'Country' },
] as const;

interface Row extends OtherParticipant {
  key: number;
}

let nextKey = 1;

export function ParticipantRows({ state, initial }: { state: ActionState; initial: OtherParticipant[] }) {
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() => initial.map((p) => ({ ...p, key: nextKey++ })));
  const listError = state.fieldErrors?.participants;
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>Other participants</legend>
      <p className={formStyles.hint} id={`${id}-hint`}>
        People at the meeting who are not members: give at least a name, role, organisation or country for each.
      </p>
      {rows.length === 0 ? <p className={styles.empty}>None added.</p> : null}
      <ol className={styles.rows}>
        {rows.map((row, index) => {
          const errors = state.fieldErrors?.[participantRowKey(index)] ?? [];
          const errorId = `${id}-${row.key}-error`;
          return (
            <li key={row.key} className={styles.row}>
              <fieldset className={styles.rowFields} aria-describedby={errors.length ? errorId : undefined}>
                <legend className={styles.rowLegend}>Other participant {index + 1}</legend>
                <div className={styles.cells}>
                  {COLUMNS.map((col) => (
                    <div key={col.field} className={formStyles.field}>
                      <label className={formStyles.label} htmlFor={`${id}-${row.key}-${col.field}`}>
                        {col.label}
                      </label>
                      <input
                        id={`${id}-${row.key}-${col.field}`}
                        name={col.input}
                        className={formStyles.input}
                        defaultValue={row[col.field] ?? ''}
                        maxLength={200}
                        aria-invalid={errors.length ? true : undefined}
                        aria-describedby={errors.length ? errorId : undefined}
                      />
                    </div>
                  ))}
                </div>
                {errors.length ? (
                  <p id={errorId} className={formStyles.error}>
                    {errors.join(' ')}
                  </p>
                ) : null}
                <button type="button" className="secondary" onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                  Remove other participant {index + 1}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError ? <p className={formStyles.error}>{listError.join(' ')}</p> : null}
      <div>
        <button type="button" className="secondary" onClick={() => setRows((all) => [...all, { key: nextKey++, name: null, role: null, organisation: null, country: null }])}>
          Add another participant
        </button>
      </div>
    </fieldset>
  );
}

/** The rows as typed in a refused submission, else the stored ones. */
export function participantsFrom(state: ActionState, stored: OtherParticipant[]): OtherParticipant[] {
  const v = state.values;
  if (!v) return stored;
  const col = (name: string) => {
    const value = v[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const [names, roles, orgs, countries] = [col('participantName'), col('participantRole'), col('participantOrganisation'), col('participantCountry')];
  const count = Math.max(names.length, roles.length, orgs.length, countries.length);
  return Array.from({ length: count }, (_, i) => ({ name: names[i] || null, role: roles[i] || null, organisation: orgs[i] || null, country: countries[i] || null }));
}
