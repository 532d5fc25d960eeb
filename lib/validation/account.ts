/** Account fields: shared by the admin screens, `npm run user:create` and the demo accounts. */
import { z } from '@/lib/validation/zod';
import { roleSchema } from '@/lib/auth/roles';
import { requiredText } from './form-fields';

export const emailField = z
  .string({ message: 'Email address is required' })
  .trim()
  .toLowerCase()
  .min(1, 'Email address is required')
  .max(320, 'Email address is too long')
  .pipe(z.email('Enter a valid email address, like name@example.org'));

export const passwordField = z
  .string({ message: 'Password is required' })
  .min(10, 'Password must be at least 10 characters')
  .max(256, 'Password must be 256 characters or fewer');

export const newAccountSchema = z.object({
  email: emailField,
  name: requiredText('Name', 120),
  role: roleSchema,
  password: passwordField,
});
export type NewAccount = z.output<typeof newAccountSchema>;
