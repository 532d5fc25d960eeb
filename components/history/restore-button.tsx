'use client';
import { useActionState } from 'react';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { restoreRecord } from '@/server/actions/records';
import styles from './history.module.css';

/** Restores a deleted record (admins): on success the restored record's page opens; a refusal says why. */
export function RestoreButton({ changeId, label }: { changeId: number; label: string }) {
  const [state, action] = useActionState(restoreRecord, IDLE_STATE);
  return (
    <form action={action} className={styles.inline}>
      <FormStatus state={state} />
      <input type="hidden" name="changeId" value={changeId} />
      <SubmitButton pendingLabel="Restoring…">
        Restore<span className="visually-hidden"> {label}</span>
      </SubmitButton>
    </form>
  );
}
