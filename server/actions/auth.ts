'use server';
import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/forms/action-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { signInSchema } from '@/lib/validation/sign-in';
import { auth } from '@/server/auth/auth';
import { clientAddress } from '@/server/auth/client-address';
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from '@/server/auth/sign-in-limits';

// The two public actions (no role needed): signing in and out. Every other action goes through staffAction.

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
