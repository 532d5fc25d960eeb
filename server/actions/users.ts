'use server';
/** Account management on the admin screens: admins only, every change with history (entity type 'User'). */
import { changeRoleSchema, createUserSchema, setDisabledSchema, setPasswordSchema } from '@/lib/validation/user-admin';
import { createAccount, EmailTakenError } from '@/server/users/accounts';
import { AccountRefusal, changeRole, oneTimePassword, setDisabled, setPassword } from '@/server/users/admin-accounts';
import { FormError, staffAction } from './staff-action';

const refusals = async <T,>(step: () => Promise<T>): Promise<T> => {
  try {
    return await step();
  } catch (error) {
    if (error instanceof AccountRefusal) throw new FormError(error.message);
    throw error;
  }
};

export const createUser = staffAction({
  role: 'admin',
  schema: createUserSchema,
  run: async (input, { tx, actor, record }) => {
    const password = input.password ?? oneTimePassword();
    try {
      await createAccount(tx, { name: input.name, email: input.email, role: input.role, password }, actor, { record });
    } catch (error) {
      if (error instanceof EmailTakenError) throw new FormError('Check the highlighted fields: nothing was saved.', { email: ['An account with this email address already exists'] });
      throw error;
    }
    return {
      message: input.password
        ? `Account created for ${input.name}. They can sign in with the password you chose.`
        : `Account created for ${input.name}. One-time password: ${password} — pass it on securely now: it is not shown again. They can ask an admin to set a new one.`,
    };
  },
});

export const changeUserRole = staffAction({
  role: 'admin',
  schema: changeRoleSchema,
  run: (input, { tx, record, user }) => refusals(async () => ({ message: await changeRole(tx, record, user.id, input.userId, input.role) })),
});

export const setUserDisabled = staffAction({
  role: 'admin',
  schema: setDisabledSchema,
  run: (input, { tx, record, user }) => refusals(async () => ({ message: await setDisabled(tx, record, user.id, input.userId, input.disabled) })),
});

export const setUserPassword = staffAction({
  role: 'admin',
  schema: setPasswordSchema,
  run: (input, { tx, record, user }) => refusals(async () => ({ message: await setPassword(tx, record, user.id, input.userId, input.password) })),
});
