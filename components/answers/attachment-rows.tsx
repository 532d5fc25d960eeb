'use client';
/**
 * Attachments as repeatable rows (title, web address, file type, size): add and remove rows in place.
 * Each row's inputs share the row's index in their error keys (`attachmentUrl.0`), so an error shows
 * beside its own input; after a refused save the rows come back as typed.
 */
import { useId, useState } from 'react';
import { formStyles } from '@/components/forms/fields';
import type { ActionState } from '@/lib/forms/action-state';
import { valuesOf } from '@/lib/forms/action-state';
import styles from './answer-form.module.css';

export interface AttachmentRow {
  title: string;
  url: string;
  fileType: string;
  size: string;
}

const FIELDS = [
  { key: 'title', name: 'attachmentTitle', label: 'Title' },
  { key: 'url', name: 'attachmentUrl', label: 'Web address', type: 'url' },
  { key: 'fileType', name: 'attachmentType', label: 'File type', hint: 'e.g. PDF' },
  { key: 'size', name: 'attachmentSize', label: 'Size', hint: 'e.g. 245 KB' },
] as const;

let nextKey = 0;
const keyed = (row: AttachmentRow) => ({ ...row, key: ++nextKey });

function rowsFrom(state: ActionState, stored: AttachmentRow[]): AttachmentRow[] {
  if (!state.values) return stored;
  const [titles, urls, types, sizes] = FIELDS.map((f) => valuesOf(state, f.name));
  const count = Math.max(titles!.length, urls!.length, types!.length, sizes!.length);
  return Array.from({ length: count }, (_, i) => ({ title: titles![i] ?? '', url: urls![i] ?? '', fileType: types![i] ?? '', size: sizes![i] ?? '' }));
}

export function AttachmentRows({ state, stored }: { state: ActionState; stored: AttachmentRow[] }) {
  const id = useId();
  const [seen, setSeen] = useState(state);
  const [rows, setRows] = useState(() => rowsFrom(state, stored).map(keyed));
  // A refused save brings back what was typed: rebuild the rows from it (React's "adjust state on prop change").
  if (seen !== state) {
    setSeen(state);
    if (state.values) setRows(rowsFrom(state, stored).map(keyed));
  }
  const errorsFor = (name: string, i: number) => state.fieldErrors?.[`${name}.${i}`] ?? [];
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>Attachments</legend>
      <p className={formStyles.hint}>Files published with the answer, such as tables of figures. Give each a title and its full web address.</p>
      {rows.length === 0 ? <p className="muted">No attachments.</p> : null}
      <ol className={styles.attachmentList}>
        {rows.map((row, i) => (
          <li key={row.key} className={styles.attachmentRow}>
            <fieldset className={styles.attachmentFields}>
              <legend className="visually-hidden">Attachment {i + 1}</legend>
              {FIELDS.map((f) => {
                const fieldId = `${id}-${row.key}-${f.key}`;
                const errors = errorsFor(f.name, i);
                const hintId = 'hint' in f ? `${fieldId}-hint` : null;
                return (
                  <div key={f.key} className={formStyles.field}>
                    <label htmlFor={fieldId} className={formStyles.label}>
                      {f.label} <span className="visually-hidden">of attachment {i + 1}</span>
                    </label>
                    {hintId ? (
                      <span id={hintId} className={formStyles.hint}>
                        {'hint' in f ? f.hint : null}
                      </span>
                    ) : null}
                    <input
                      id={fieldId}
                      name={`${f.name}[]`}
                      type={'type' in f ? f.type : 'text'}
                      className={formStyles.input}
                      defaultValue={row[f.key]}
                      aria-invalid={errors.length ? true : undefined}
                      aria-describedby={[hintId, errors.length ? `${fieldId}-error` : null].filter(Boolean).join(' ') || undefined}
                    />
                    {errors.length ? (
                      <p id={`${fieldId}-error`} className={formStyles.error}>
                        {errors.join(' ')}
                      </p>
                    ) : null}
                  </div>
                );
              })}
              <button type="button" className={`secondary ${styles.removeRow}`} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                Remove attachment {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="secondary" onClick={() => setRows((all) => [...all, keyed({ title: '', url: '', fileType: '', size: '' })])}>
          Add an attachment
        </button>
      </p>
    </fieldset>
  );
}
