'use client';
import { useActionState } from 'react';
import { FormStatus, SubmitButton, TextField, formStyles } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { signIn } from '@/server/actions/auth';

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signIn, IDLE_STATE);
  return (
    <form action={action} className={formStyles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField state={state} name="email" label="Email address" type="email" autoComplete="username" required />
      <TextField state={state} name="password" label="Password" type="password" autoComplete="current-password" required />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
