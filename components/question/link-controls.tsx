'use client';
/**
 * The editing controls on a question's page (shown to editors only): small forms that each run one staff
 * action — link or unlink a follow-up, group, tag a topic, withdraw — and say in place what was refused.
 */
import { useActionState, useState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { DateField, FormStatus, SubmitButton, formStyles } from '@/components/forms/fields';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import { IDLE_STATE, type ActionState } from '@/lib/forms/action-state';
import styles from './question-form.module.css';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A submit button with its own accessible name ("Remove Commons 8024"), disabled while it runs. */
function PendingButton({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-label={label}>
      {pending ? 'Working…' : children}
    </button>
  );
}

/** One button that runs an action on this record with fixed values (remove a link, confirm, reinstate). */
export function ActionButton({ action, fields, children, label, secondary = true }: { action: Action; fields: Record<string, string | number>; children: ReactNode; label?: string; secondary?: boolean }) {
  const [state, formAction] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction} className={styles.inline}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <PendingButton className={secondary ? `secondary ${styles.small}` : styles.small} label={label}>
        {children}
      </PendingButton>
      {state.status === 'error' ? (
        <span className={styles.error} role="alert">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

interface LinkPickerFormProps {
  action: Action;
  questionId: number;
  /** What is being added: "Add a follow-up link", "Group with a question", "Tag a topic". */
  title: string;
  kind: 'question' | 'topic';
  name: string;
  pickerLabel: string;
  hint?: string;
  submitLabel: string;
  /** For follow-ups: which of the two is the earlier question. */
  directions?: boolean;
}

/** Choose a record with the type-ahead picker and link it to this question. */
export function LinkPickerForm({ action, questionId, title, kind, name, pickerLabel, hint, submitLabel, directions }: LinkPickerFormProps) {
  const [state, formAction] = useActionState(action, IDLE_STATE);
  const [chosen, setChosen] = useState<PickerOption[]>([]);
  return (
    <details className={styles.addLink} open={state.status === 'error' || undefined}>
      <summary>{title}</summary>
      <form action={formAction} className={`${formStyles.form} ${styles.form}`} noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="id" value={questionId} />
        {directions ? (
          <fieldset className={styles.radios}>
            <legend>The other question</legend>
            <label>
              <input type="radio" name="direction" value="earlier" defaultChecked /> is earlier: this question follows it up
            </label>
            <label>
              <input type="radio" name="direction" value="later" /> is later: it follows this question up
            </label>
          </fieldset>
        ) : null}
        <Picker label={pickerLabel} kind={kind} name={name} single selected={chosen} onChange={setChosen} hint={hint} errors={state.fieldErrors?.[name]} />
        <div className={formStyles.actions}>
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

/** Withdraw the question, with the day it was withdrawn (today unless changed). */
export function WithdrawForm({ action, questionId, today }: { action: Action; questionId: number; today: string }) {
  const [state, formAction] = useActionState(action, IDLE_STATE);
  return (
    <details className={styles.withdraw} open={state.status === 'error' || undefined}>
      <summary className="button secondary">Withdraw…</summary>
      <form action={formAction} className={`${formStyles.form} ${styles.form}`} noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="id" value={questionId} />
        <DateField state={state} name="withdrawnOn" label="Date withdrawn" defaultValue={today} required />
        <div className={formStyles.actions}>
          <SubmitButton>Withdraw question</SubmitButton>
        </div>
      </form>
    </details>
  );
}
