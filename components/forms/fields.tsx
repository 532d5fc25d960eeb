'use client';
/**
 * The fields every staff form is built from: a visible label, an optional hint, and the field's errors
 * tied to the input (aria-describedby, aria-invalid), so screen readers and eyes both get them. Values
 * come from the refused submission first (what was typed is never lost), then the stored record.
 */
import { useId, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { valueOf, type ActionState } from '@/lib/forms/action-state';
import styles from './forms.module.css';

interface FieldProps {
  state: ActionState;
  name: string;
  label: string;
  hint?: ReactNode;
  defaultValue?: string;
  required?: boolean;
}

/**
 * A field's id, its errors, and the attributes every input carries: its id and name, and its hint and
 * errors tied to it for screen readers.
 */
function useFieldIds(state: ActionState, name: string, hint: ReactNode, required?: boolean) {
  const id = useId();
  const errors = state.fieldErrors?.[name] ?? [];
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const inputProps = { id, name, required, 'aria-invalid': errors.length ? true : undefined, 'aria-describedby': describedBy };
  return { id, errors, describedBy, inputProps };
}

function FieldFrame({ id, label, hint, errors, required, children }: { id: string; label: string; hint?: ReactNode; errors: string[]; required?: boolean; children: ReactNode }) {
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
        {required ? '' : <span className={styles.hint}> (optional)</span>}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {children}
      {errors.length ? (
        <p id={`${id}-error`} className={styles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({ state, name, label, hint, defaultValue, required, type = 'text', autoComplete, inputMode, placeholder }: FieldProps & { type?: string; autoComplete?: string; inputMode?: 'text' | 'numeric' | 'url' | 'email'; placeholder?: string }) {
  const { id, errors, inputProps } = useFieldIds(state, name, hint, required);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        {...inputProps}
        type={type}
        className={styles.input}
        defaultValue={type === 'password' ? undefined : valueOf(state, name, defaultValue ?? '')}
        key={`${name}-${state.status}-${valueOf(state, name, defaultValue ?? '')}`}
        autoComplete={autoComplete}
        inputMode={inputMode}
        placeholder={placeholder}
      />
    </FieldFrame>
  );
}

/** A calendar date typed in UK form (day first); the hint says so. */
export function DateField(props: FieldProps) {
  return <TextField {...props} hint={props.hint ?? 'Day, month, year: for example 11/03/2025 or 11 March 2025'} inputMode="text" placeholder="dd/mm/yyyy" />;
}

export function TextAreaField({ state, name, label, hint, defaultValue, required, rows = 6 }: FieldProps & { rows?: number }) {
  const { id, errors, inputProps } = useFieldIds(state, name, hint, required);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        {...inputProps}
        rows={rows}
        className={styles.textarea}
        defaultValue={valueOf(state, name, defaultValue ?? '')}
        key={`${name}-${state.status}-${valueOf(state, name, defaultValue ?? '').length}`}
      />
    </FieldFrame>
  );
}

export function SelectField({ state, name, label, hint, defaultValue, required, options }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { id, errors, inputProps } = useFieldIds(state, name, hint, required);
  const value = valueOf(state, name, defaultValue ?? '');
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} required={required}>
      <select {...inputProps} className={styles.input} defaultValue={value} key={`${name}-${state.status}-${value}`}>
        {required ? null : <option value="">(none)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ state, name, label, hint, defaultChecked }: Omit<FieldProps, 'defaultValue'> & { defaultChecked?: boolean }) {
  const { id, errors, inputProps } = useFieldIds(state, name, hint);
  const typed = state.values ? state.values[name] === 'on' : undefined;
  return (
    <div className={styles.field}>
      <span className={styles.checkbox}>
        <input {...inputProps} type="checkbox" defaultChecked={typed ?? defaultChecked} key={`${name}-${state.status}`} />
        <label htmlFor={id}>{label}</label>
      </span>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className={styles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** The form's outcome: a summary of what was refused (focusable, announced) or a confirmation. */
export function FormStatus({ state }: { state: ActionState }) {
  if (state.status === 'idle' || !state.message) return null;
  if (state.status === 'conflict' && state.conflict) {
    return (
      <div className={styles.conflict} role="alert">
        <p>
          <strong>{state.message}</strong>
        </p>
        <dl>
          {state.conflict.newer.map((item) => (
            <div key={item.label} style={{ display: 'contents' }}>
              <dt>{item.label}</dt>
              <dd>{item.value || '(blank)'}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  const other = Object.entries(state.fieldErrors ?? {}).filter(([k]) => k === '_form');
  return (
    <div className={state.status === 'ok' ? styles.summaryOk : styles.summaryError} role={state.status === 'ok' ? 'status' : 'alert'}>
      <p>{state.message}</p>
      {other.map(([, msgs]) => msgs.map((m) => <p key={m}>{m}</p>))}
    </div>
  );
}

/** The concurrency token of an edit form: the newest change the editor has seen (after a conflict, the newer one). */
export function BaseChangeInput({ state, baseChangeId }: { state: ActionState; baseChangeId: number }) {
  const value = state.status === 'conflict' && state.conflict ? state.conflict.baseChangeId : baseChangeId;
  return <input type="hidden" name="baseChangeId" value={value} />;
}

export function SubmitButton({ children, pendingLabel = 'Saving…', className }: { children: ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}

export { styles as formStyles };
