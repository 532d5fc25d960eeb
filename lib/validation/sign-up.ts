import { z } from '@/lib/validation/zod';

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(100, 'Use 100 characters or fewer'),
    email: z.string().trim().toLowerCase().min(1, 'Enter your email address').max(320, 'That email address is too long').pipe(z.email('Enter a valid email address')),
    password: z.string().min(10, 'Use at least 10 characters').max(256, 'That password is too long'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ' });
