/**
 * Settings for accounts and sign-in, read from the environment once and validated, so a typo fails at
 * start-up with a message instead of silently weakening security.
 *
 * - `SIGN_IN_REQUIRED=true`: the whole site needs an account (reading is public by default).
 * - `AUTH_SECRET`: signs session cookies; at least 32 characters. Unset, a random secret is created once
 *   beside the database file (so every server process shares it) — fine for one machine, set it when
 *   several machines serve one database.
 * - `AUTH_SECURE_COOKIES`: send cookies only over https. Defaults to true when `PUBLIC_URL` is https; set
 *   false only for a plain-http install on a private network.
 * - `SESSION_DAYS`: how long a session lasts without use (default 7; renewed daily while used).
 */
import { z } from '@/lib/validation/zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)));

const settingsSchema = z.object({
  SIGN_IN_REQUIRED: flag,
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  AUTH_SECURE_COOKIES: flag,
  SESSION_DAYS: z.coerce.number().int('SESSION_DAYS must be a whole number').min(1).max(90).optional(),
  PUBLIC_URL: z.url({ message: 'PUBLIC_URL must be an absolute http(s) address' }).optional(),
});

export interface AuthSettings {
  signInRequired: boolean;
  secret: string | undefined;
  secureCookies: boolean;
  sessionDays: number;
  publicUrl: string | undefined;
}

export function readAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const blankToUndefined = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const parsed = settingsSchema.safeParse({
    SIGN_IN_REQUIRED: blankToUndefined(env.SIGN_IN_REQUIRED)?.toLowerCase(),
    AUTH_SECRET: blankToUndefined(env.AUTH_SECRET),
    AUTH_SECURE_COOKIES: blankToUndefined(env.AUTH_SECURE_COOKIES)?.toLowerCase(),
    SESSION_DAYS: blankToUndefined(env.SESSION_DAYS),
    PUBLIC_URL: blankToUndefined(env.PUBLIC_URL),
  });
  if (!parsed.success) {
    throw new Error(`Invalid account settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const s = parsed.data;
  return {
    signInRequired: s.SIGN_IN_REQUIRED ?? false,
    secret: s.AUTH_SECRET,
    secureCookies: s.AUTH_SECURE_COOKIES ?? (s.PUBLIC_URL?.startsWith('https:') ?? false),
    sessionDays: s.SESSION_DAYS ?? 7,
    publicUrl: s.PUBLIC_URL,
  };
}
