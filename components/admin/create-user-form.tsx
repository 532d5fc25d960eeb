'use client';
import { useActionState } from 'react';
import { FormStatus, SelectField, SubmitButton, TextField, formStyles } from '@/components/forms/fields';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '@/lib/auth/roles';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { createUser } from '@/server/actions/users';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: `${ROLE_LABELS[r]}: ${ROLE_DESCRIPTIONS[r]}` }));

/** Creates an account with a chosen password, or a one-time password shown once (there is no mail yet). */
export function CreateUserForm() {
  const [state, action] = useActionState(createUser, IDLE_STATE);
  return (
    <form action={action} className={formStyles.form} noValidate aria-labelledby="create-user">
      <h2 id="create-user">Create an account</h2>
      <FormStatus state={state} />
      <TextField state={state} name="name" label="Name" required autoComplete="off" />
      <TextField state={state} name="email" label="Email address" type="email" required autoComplete="off" />
      <SelectField state={state} name="role" label="Role" required defaultValue="editor" options={ROLE_OPTIONS} />
      <TextField
        state={state}
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. Leave blank to get a one-time password to pass on: it is shown once, here."
      />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
      </div>
    </form>
  );
}
