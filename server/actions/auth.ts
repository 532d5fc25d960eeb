'use server';
import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/forms/action-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { signInSchema } from '@/lib/validation/sign-in';
import { signUpSchema } from '@/lib/validation/sign-up';
import { requestOrigin } from '@/lib/site-url';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { isCrossSite } from '@/lib/http/same-origin';
import { prisma } from '@/server/db';
import { recordChange } from '@/server/history/record-change';
import { writeLockFor } from '@/server/writes/write-lock';
import { countSignUp, signUpBaseUrl, signUpEnabled } from '@/server/auth/sign-up';
import { auth } from '@/server/auth/auth';
import { clientAddress } from '@/server/auth/client-address';
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from '@/server/auth/sign-in-limits';

// The public actions (no role needed): signing in and out, and a reader's sign-up. Every other action goes
// through staffAction.

const WRONG = 'That email and password do not match an account. Check them and try again.';

/** Signs in with email and password; failed attempts are limited across all server processes. */
export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formDataToObject(formData);
  const values = { email: typeof raw.email === 'string' ? raw.email : '', next: typeof raw.next === 'string' ? raw.next : '' };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
    return { status: 'error', message: 'Check the highlighted fields.', fieldErrors, values };
  }
  const h = await headers();
  const ip = clientAddress(h);
  const { email, password, next } = parsed.data;
  const wait = await signInBlockedFor(email, ip);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return { status: 'error', message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, values };
  }
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: h });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if ((error.body as { code?: string } | undefined)?.code === 'EMAIL_NOT_VERIFIED') {
      // Only said to someone who knows the password: confirming is the one thing left to do.
      return { status: 'error', message: 'Confirm your email address first: open the link in the email we sent when you signed up.', values };
    }
    await recordFailedSignIn(email, ip);
    const banned = /banned/i.test(error.message);
    return { status: 'error', message: banned ? 'This account has been disabled. Ask an admin to enable it.' : WRONG, values };
  }
  await clearFailedSignIns(email, ip);
  redirect(next);
}

/** Ends the session (the cookie and the session row). */
export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect('/');
}

/**
 * A reader registers: the account (role viewer) is created unconfirmed and a confirmation mail is sent.
 * The answer is the same whether or not the address already has an account, so the form cannot be used
 * to find out who has one. The account's creation is recorded in its history, like an admin's.
 */
export async function signUp(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  if (isCrossSite((name) => h.get(name))) return { status: 'error', message: 'This form must be sent from this site.' };
  if (!signUpEnabled()) return { status: 'error', message: 'This site does not take new accounts: ask an admin for one.' };
  const raw = formDataToObject(formData);
  const values = { name: typeof raw.name === 'string' ? raw.name : '', email: typeof raw.email === 'string' ? raw.email : '' };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
    return { status: 'error', message: 'Check the highlighted fields: no account was created.', fieldErrors, values };
  }
  const wait = await countSignUp(clientAddress(h));
  if (wait > 0) return { status: 'error', message: `Too many sign-ups from your address. Try again in ${Math.ceil(wait / 60)} minutes.`, values };
  const { name, email, password } = parsed.data;
  const base = readAuthSettings().publicUrl ?? requestOrigin({ url: `http://${h.get('host') ?? 'localhost'}/`, headers: h });
  try {
    const result = await signUpBaseUrl.run(base, () => auth.api.signUpEmail({ body: { name, email, password }, headers: h }));
    const created = await prisma.user.findUnique({ where: { id: result.user.id }, select: { id: true, name: true, email: true } });
    if (created) {
      // The write lock first, as every change-log writer takes it (server/alerts/outbox.ts says why).
      const lock = writeLockFor(prisma);
      await lock.retry(() => prisma.$transaction(async (tx) => {
        await lock.take(tx);
        return recordChange(tx, { id: created.id, name: created.name }, { entityType: 'User', entityId: created.id, action: 'create', summary: `${created.name} <${created.email}> signed up (viewer)`, after: { name: created.name, email: created.email, role: 'viewer' } });
      }));
    }
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return { status: 'error', message: `No account was created: ${error.message}`, values };
  }
  return { status: 'ok', message: `Nearly done: we have sent a link to ${email}. Open it to confirm your address, then sign in.` };
}
