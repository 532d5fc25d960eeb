'use client';
import { useActionState } from 'react';
import { FormStatus, SelectField, SubmitButton, TextField, formStyles } from '@/components/forms/fields';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/roles';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { changeUserRole, setUserDisabled, setUserPassword } from '@/server/actions/users';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Role, enable/disable and a new password for one account: three small forms, each saved on its own. */
export function AccountControls({ account, isSelf }: { account: { id: string; name: string; role: Role; disabled: boolean }; isSelf: boolean }) {
  const [roleState, roleAction] = useActionState(changeUserRole, IDLE_STATE);
  const [disableState, disableAction] = useActionState(setUserDisabled, IDLE_STATE);
  const [passwordState, passwordAction] = useActionState(setUserPassword, IDLE_STATE);
  return (
    <>
      <form action={roleAction} className={formStyles.form} noValidate aria-labelledby="role-heading">
        <h2 id="role-heading">Role</h2>
        <FormStatus state={roleState} />
        <input type="hidden" name="userId" value={account.id} />
        <SelectField
          state={roleState}
          name="role"
          label="Role"
          required
          defaultValue={account.role}
          options={ROLE_OPTIONS}
          hint={isSelf ? 'You cannot remove your own admin role: another admin can.' : 'Takes effect on their next page load.'}
        />
        <div className={formStyles.actions}>
          <SubmitButton>Change role</SubmitButton>
        </div>
      </form>

      <form action={disableAction} className={formStyles.form} noValidate aria-labelledby="disable-heading">
        <h2 id="disable-heading">{account.disabled ? 'Disabled' : 'Access'}</h2>
        <FormStatus state={disableState} />
        <input type="hidden" name="userId" value={account.id} />
        <input type="hidden" name="disabled" value={account.disabled ? 'false' : 'true'} />
        <p>
          {account.disabled
            ? `${account.name} cannot sign in. Enabling the account lets them sign in again with their password.`
            : isSelf
              ? 'You cannot disable your own account: another admin can.'
              : `Disabling the account signs ${account.name} out everywhere at once and stops them signing in. Their history stays.`}
        </p>
        <div className={formStyles.actions}>
          <SubmitButton>{account.disabled ? 'Enable account' : 'Disable account'}</SubmitButton>
        </div>
      </form>

      <form action={passwordAction} className={formStyles.form} noValidate aria-labelledby="password-heading">
        <h2 id="password-heading">New password</h2>
        <FormStatus state={passwordState} />
        <input type="hidden" name="userId" value={account.id} />
        <TextField
          state={passwordState}
          name="password"
          label="New password"
          type="password"
          required
          autoComplete="new-password"
          hint={isSelf ? 'At least 10 characters.' : 'At least 10 characters. Their current sessions end; pass the password on securely.'}
        />
        <div className={formStyles.actions}>
          <SubmitButton>Set password</SubmitButton>
        </div>
      </form>
    </>
  );
}
