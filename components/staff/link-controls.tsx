'use client';
/**
 * Making and removing one link from a record's page: a type-ahead picker with a button, and a small
 * "Unlink" button. Each posts to a staff Server Action (which checks the role itself) and shows its
 * outcome in place; the page then refreshes to show the change.
 */
import { useActionState } from 'react';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { IDLE_STATE, type ActionState } from '@/lib/forms/action-state';
import type { SuggestKind } from '@/lib/validation/suggest';
import { PickerField } from './picker-field';
import styles from './link-controls.module.css';

type StaffFormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

function Hidden({ values }: { values: Record<string, string | number> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

interface PickLinkFormProps {
  action: StaffFormAction;
  hidden: Record<string, string | number>;
  name: string;
  label: string;
  kind: SuggestKind;
  submitLabel: string;
  hint?: string;
}

export function PickLinkForm({ action, hidden, name, label, kind, submitLabel, hint }: PickLinkFormProps) {
  const [state, dispatch] = useActionState(action, IDLE_STATE);
  return (
    <form action={dispatch} className={styles.pick} noValidate>
      <FormStatus state={state.status === 'error' && state.fieldErrors?.[name] ? { ...state, message: undefined } : state} />
      <Hidden values={hidden} />
      {/* Re-keyed after each outcome so a successful link clears the picker. */}
      <PickerField key={state.status === 'ok' ? state.message : 'picker'} state={state} name={name} label={label} kind={kind} single hint={hint} />
      <SubmitButton pendingLabel="Linking…">{submitLabel}</SubmitButton>
    </form>
  );
}

interface UnlinkButtonProps {
  action: StaffFormAction;
  hidden: Record<string, string | number>;
  /** The button's words, and the rest of what a screen reader hears after them (naming the link it removes). */
  label: string;
  accessibleLabel: string;
}

export function UnlinkButton({ action, hidden, label, accessibleLabel }: UnlinkButtonProps) {
  const [state, dispatch] = useActionState(action, IDLE_STATE);
  return (
    <form action={dispatch} className={styles.unlink}>
      <Hidden values={hidden} />
      <SubmitButton className={`secondary ${styles.small}`} pendingLabel="Removing…">
        {label}
        <span className="visually-hidden"> {accessibleLabel}</span>
      </SubmitButton>
      {state.status === 'error' ? (
        <span role="alert" className={styles.error}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
