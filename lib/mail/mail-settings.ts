/**
 * Outgoing mail settings (alerts, sign-up confirmations), read from the environment once and validated,
 * so a typo stops the sender with a message instead of silently dropping mail.
 *
 * - `SMTP_HOST` (unset: mail is off, and self-registration with it), `SMTP_PORT` (587; 465 with
 *   `SMTP_SECURE=true`), `SMTP_USER` / `SMTP_PASSWORD` (both or neither), `SMTP_SECURE` (TLS from the
 *   start; otherwise STARTTLS when the server offers it), `MAIL_FROM` (the From address,
 *   `Answerable <alerts@example.org>`; required when SMTP_HOST is set).
 */
import { z } from '@/lib/validation/zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)));

/** "Name <address>" or a bare address. */
const fromAddress = z
  .string()
  .regex(/^(?:[^<>\r\n]{1,100}<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'MAIL_FROM must be an address, or a name and an address: Answerable <alerts@example.org>');

const settingsSchema = z
  .object({
    SMTP_HOST: z.string().regex(/^[A-Za-z0-9.:[\]-]+$/, 'SMTP_HOST must be a host name or address').optional(),
    SMTP_PORT: z.coerce.number().int('SMTP_PORT must be a whole number').min(1).max(65535).optional(),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_SECURE: flag,
    MAIL_FROM: fromAddress.optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.SMTP_HOST) return;
    if (!s.MAIL_FROM) ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'MAIL_FROM is required when SMTP_HOST is set' });
    if (Boolean(s.SMTP_USER) !== Boolean(s.SMTP_PASSWORD)) ctx.addIssue({ code: 'custom', path: ['SMTP_USER'], message: 'set SMTP_USER and SMTP_PASSWORD together' });
  });

export interface MailSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | undefined;
  from: string;
}

/** The mail settings, or null when SMTP_HOST is unset (mail off). Throws with a clear message when malformed. */
export function readMailSettings(env: Partial<Record<string, string>> = process.env): MailSettings | null {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const parsed = settingsSchema.safeParse({
    SMTP_HOST: blank(env.SMTP_HOST),
    SMTP_PORT: blank(env.SMTP_PORT),
    SMTP_USER: blank(env.SMTP_USER),
    // A password may start or end with spaces: kept as given.
    SMTP_PASSWORD: env.SMTP_PASSWORD || undefined,
    SMTP_SECURE: blank(env.SMTP_SECURE)?.toLowerCase(),
    MAIL_FROM: blank(env.MAIL_FROM),
  });
  if (!parsed.success) {
    throw new Error(`Invalid mail settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const s = parsed.data;
  if (!s.SMTP_HOST) return null;
  const secure = s.SMTP_SECURE ?? s.SMTP_PORT === 465;
  return {
    host: s.SMTP_HOST,
    port: s.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: s.SMTP_USER && s.SMTP_PASSWORD ? { user: s.SMTP_USER, pass: s.SMTP_PASSWORD } : undefined,
    from: s.MAIL_FROM!,
  };
}
