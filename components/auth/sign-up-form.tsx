'use client';
import { useActionState } from 'react';
import { FormStatus, SubmitButton, TextField, formStyles } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { signUp } from '@/server/actions/auth';

export function SignUpForm() {
  const [state, action] = useActionState(signUp, IDLE_STATE);
  if (state.status === 'ok') {
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action} className={formStyles.form} noValidate>
      <FormStatus state={state} />
      <TextField state={state} name="name" label="Your name" autoComplete="name" required />
      <TextField state={state} name="email" label="Email address" type="email" autoComplete="email" required hint="Alerts and the confirmation link go here." />
      <TextField state={state} name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 10 characters." />
      <TextField state={state} name="confirm" label="Password again" type="password" autoComplete="new-password" required />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
      </div>
    </form>
  );
}
