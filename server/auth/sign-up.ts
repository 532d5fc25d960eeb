import 'server-only';
/**
 * Self-registration of readers (role viewer) with email confirmation: on only while mail is set up
 * (SMTP_HOST) and the site is public (SIGN_IN_REQUIRED off: a private site's accounts come from admins).
 * better-auth creates the account and the signed confirmation token; the link it would mail points at its
 * own HTTP routes, which are not mounted, so the mail here links to /signup/confirm instead.
 * Sign-ups are limited per address (database counters, shared by every process), so the form cannot be
 * used to flood someone's inbox with confirmation mails.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { readMailSettings } from '@/lib/mail/mail-settings';
import { escapeHtml } from '@/server/alerts/compose';
import { prisma } from '@/server/db';
import { smtpMailer } from '@/server/mail/mailer';

/** Whether this site takes self-registrations. */
export function signUpEnabled(): boolean {
  return readMailSettings() !== null && !readAuthSettings().signInRequired;
}

/** The site address for the confirmation link, set by the sign-up action for the hook below. */
export const signUpBaseUrl = new AsyncLocalStorage<string>();

/** better-auth's sendVerificationEmail hook: one confirmation mail, plain text and HTML. */
export async function sendConfirmationMail({ user, token }: { user: { email: string; name: string }; token: string }): Promise<void> {
  const mail = readMailSettings();
  const base = signUpBaseUrl.getStore() ?? readAuthSettings().publicUrl;
  if (!mail || !base) throw new Error('Cannot send a confirmation mail: mail or PUBLIC_URL is not set up.');
  const link = `${base}/signup/confirm?token=${encodeURIComponent(token)}`;
  const mailer = smtpMailer(mail);
  try {
    await mailer.send({
      to: user.email,
      subject: 'Confirm your email address for Answerable',
      text: `Hello ${user.name},\n\nConfirm your email address to start getting Answerable alerts:\n${link}\n\nThe link works for one hour. If you did not sign up, ignore this email: no account will be usable without it.\n`,
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Confirm your email address</title></head><body style="font-family:system-ui,sans-serif"><p>Hello ${escapeHtml(user.name)},</p><p>Confirm your email address to start getting Answerable alerts:</p><p><a href="${escapeHtml(link)}">Confirm my email address</a></p><p>The link works for one hour. If you did not sign up, ignore this email: no account will be usable without it.</p></body></html>`,
    });
  } finally {
    mailer.close();
  }
}

const limiter = new RateLimiterPrisma({ storeClient: prisma, tableName: 'rateLimiterFlexible', clearExpiredByTimeout: false, keyPrefix: 'signup_ip', points: 5, duration: 60 * 60 });

/** Counts a sign-up from this address; returns seconds to wait when over 5 an hour, else 0. */
export async function countSignUp(ip: string): Promise<number> {
  try {
    await limiter.consume(ip);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.ceil(error.msBeforeNext / 1000);
    throw error;
  }
}
