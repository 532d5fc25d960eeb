import { z } from '@/lib/validation/zod';

/** A path on this site to return to after signing in; anything else (another site, `//host`) is dropped. */
export const returnPath = z
  .string()
  .optional()
  .transform((v) => (v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') && v.length <= 2000 ? v : '/'));

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address').max(320, 'That email address is too long').pipe(z.email('Enter a valid email address')),
  password: z.string().min(1, 'Enter your password').max(256, 'That password is too long'),
  next: returnPath,
});
