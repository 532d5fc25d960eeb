/** The admin screens' account forms; the fields are the ones `npm run user:create` uses (account.ts). */
import { z } from '@/lib/validation/zod';
import { roleSchema } from '@/lib/auth/roles';
import { emailField, passwordField } from './account';
import { requiredText } from './form-fields';

const userId = z.string({ message: 'Account is missing' }).trim().min(1, 'Account is missing').max(64, 'Account is not valid');

/** Create with a password the admin chooses, or leave it blank to get a one-time password to pass on. */
export const createUserSchema = z.object({
  name: requiredText('Name', 120),
  email: emailField,
  role: roleSchema,
  password: z.union([z.literal(''), passwordField]).optional().transform((v) => (v ? v : null)),
});

export const changeRoleSchema = z.object({ userId, role: roleSchema });

export const setDisabledSchema = z.object({
  userId,
  disabled: z.enum(['true', 'false'], { message: 'Say whether to disable or enable the account' }).transform((v) => v === 'true'),
});

export const setPasswordSchema = z.object({ userId, password: passwordField });
