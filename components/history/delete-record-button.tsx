'use client';
import { useActionState, useState } from 'react';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { deleteRecord } from '@/server/actions/records';
import styles from './history.module.css';

interface DeleteRecordButtonProps {
  entityType: 'Question' | 'AnswerVersion' | 'Meeting' | 'Coverage' | 'Topic';
  id: number;
  /** The record in words ("Commons 8024 (13 March 2025): Defence: Procurement"). */
  label: string;
  /** What goes with it: ["3 answer versions", "2 topic tags"]. */
  contents: string[];
  /** The button's text: "Delete question", "Delete this version". */
  buttonLabel: string;
}

/** Delete, in two steps: the first click says exactly what will go, the second deletes it. */
export function DeleteRecordButton({ entityType, id, label, contents, buttonLabel }: DeleteRecordButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(deleteRecord, IDLE_STATE);
  if (!confirming) {
    return (
      <button type="button" className={styles.danger} onClick={() => setConfirming(true)}>
        {buttonLabel}
      </button>
    );
  }
  const headingId = `delete-${entityType}-${id}`;
  return (
    <form action={action} className={styles.confirm} aria-labelledby={headingId}>
      <FormStatus state={state} />
      <p id={headingId}>
        <strong>Delete {label}</strong>
        {contents.length ? <> and its {joinList(contents)}</> : null}?
      </p>
      <p>Links to it from other records are removed too. An admin can restore it, with its links, from the history.</p>
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="id" value={id} />
      <div className={styles.confirmActions}>
        <SubmitButton className={styles.danger} pendingLabel="Deleting…">
          Yes, delete it
        </SubmitButton>
        <button type="button" className="secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function joinList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
