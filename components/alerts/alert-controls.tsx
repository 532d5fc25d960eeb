'use client';
import { useActionState } from 'react';
import { FOLLOW_FREQUENCIES, FREQUENCY_LABELS, type FollowFrequency } from '@/lib/alerts/follow';
import { IDLE_STATE, type ActionState } from '@/lib/forms/action-state';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { changeFollowFrequency, unfollow } from '@/server/actions/alerts';
import styles from './alerts.module.css';

/** How often one alert comes, and removing it: two small forms beside the alert on /alerts. */
export function AlertControls({ id, label, frequency }: { id: number; label: string; frequency: FollowFrequency }) {
  const [changed, change] = useActionState<ActionState, FormData>(changeFollowFrequency, IDLE_STATE);
  const [removed, remove] = useActionState<ActionState, FormData>(unfollow, IDLE_STATE);
  const selectId = `frequency-${id}`;
  return (
    <div className={styles.itemControls}>
      <form action={change} className={styles.followForm}>
        <input type="hidden" name="id" value={id} />
        <label htmlFor={selectId} className="visually-hidden">
          How often for “{label}”
        </label>
        <select id={selectId} name="frequency" defaultValue={frequency} className={styles.select}>
          {FOLLOW_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {FREQUENCY_LABELS[f]}
            </option>
          ))}
        </select>
        <SubmitButton className="button secondary">Save</SubmitButton>
        <FormStatus state={changed} />
      </form>
      <form action={remove}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton pendingLabel="Removing…" className="button secondary">
          <>
            Stop<span className="visually-hidden"> alerts for “{label}”</span>
          </>
        </SubmitButton>
        <FormStatus state={removed} />
      </form>
    </div>
  );
}
