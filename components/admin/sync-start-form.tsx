'use client';
import { useActionState } from 'react';
import { DateField, FormStatus, SelectField, SubmitButton, formStyles } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { startSync } from '@/server/actions/sync';

const HOUSES = [
  { value: '', label: 'Both Houses' },
  { value: 'commons', label: 'House of Commons' },
  { value: 'lords', label: 'House of Lords' },
];

/** Starts a sync: blank dates continue from the last run; dates fetch the questions tabled between them. */
export function SyncStartForm({ departments }: { departments: { value: string; label: string }[] }) {
  const [state, action] = useActionState(startSync, IDLE_STATE);
  return (
    <form action={action} className={formStyles.form} noValidate aria-labelledby="start-sync">
      <h2 id="start-sync">Start a sync</h2>
      <p>
        Leave the dates blank to continue from where the last run left off and check every question still awaiting an answer. Give dates to fetch
        the questions tabled between them.
      </p>
      <FormStatus state={state} />
      <DateField state={state} name="from" label="Tabled from" />
      <DateField state={state} name="to" label="Tabled to" hint="Day, month, year. Leave blank for up to today." />
      <SelectField state={state} name="house" label="House" required options={HOUSES} />
      <SelectField state={state} name="department" label="Department" required options={[{ value: '', label: 'All departments' }, ...departments]} />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Starting…">Start sync</SubmitButton>
      </div>
    </form>
  );
}
