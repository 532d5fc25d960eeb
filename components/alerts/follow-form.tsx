'use client';
import { useActionState } from 'react';
import Link from 'next/link';
import { FOLLOW_FREQUENCIES, FREQUENCY_LABELS, type FollowFrequency, type FollowKind } from '@/lib/alerts/follow';
import { IDLE_STATE, type ActionState } from '@/lib/forms/action-state';
import { FormStatus, SubmitButton } from '@/components/forms/fields';
import { follow } from '@/server/actions/alerts';
import styles from './alerts.module.css';

/** Follow a record or a search by email, at once or in a daily digest; following again changes how often. */
export function FollowForm({ kind, target, what, current }: { kind: FollowKind; target: string; what: string; current: FollowFrequency | null }) {
  const [state, action] = useActionState<ActionState, FormData>(follow, IDLE_STATE);
  const id = `follow-frequency-${kind}`;
  return (
    <form action={action} className={styles.followForm} aria-label={`Email alerts for ${what}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="target" value={target} />
      <label htmlFor={id}>{current ? `You follow ${what}. How often:` : `Email me about ${what}`}</label>
      <select id={id} name="frequency" defaultValue={current ?? 'immediate'} className={styles.select}>
        {FOLLOW_FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {FREQUENCY_LABELS[f]}
          </option>
        ))}
      </select>
      <SubmitButton pendingLabel="Saving…" className="button secondary">
        {current ? 'Change' : kind === 'search' ? 'Follow this search' : 'Follow'}
      </SubmitButton>
      {current ? <Link href="/alerts">Manage alerts</Link> : null}
      <FormStatus state={state} />
    </form>
  );
}
