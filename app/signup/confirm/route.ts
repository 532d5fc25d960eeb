import { APIError } from 'better-auth/api';
import { auth } from '@/server/auth/auth';
import { requireReader } from '@/server/auth/reader-gate';

/**
 * The link in a sign-up confirmation mail: better-auth checks its signed token and marks the address
 * confirmed; the reader is sent on to sign in. Opening it twice is harmless.
 */
export async function GET(request: Request): Promise<Response> {
  await requireReader();
  const token = new URL(request.url).searchParams.get('token') ?? '';
  let outcome = 'confirmed';
  try {
    await auth.api.verifyEmail({ query: { token } });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    outcome = /expired/i.test(error.message) ? 'expired' : 'invalid';
  }
  return new Response(null, { status: 303, headers: { Location: `/login?confirmed=${outcome}`, 'Cache-Control': 'no-store' } });
}
