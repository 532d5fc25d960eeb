import { NextResponse, type NextRequest } from 'next/server';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { gateRequest } from '@/lib/http/sign-in-gate';

/**
 * Sign-in-only mode's first check (lib/http/sign-in-gate.ts): a signed-out reader is sent to /login.
 * Pages and route handlers check the session again themselves (server/auth/reader-gate.ts).
 */
const signInRequired = readAuthSettings().signInRequired;

export function proxy(request: NextRequest) {
  const decision = gateRequest(
    { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, cookieNames: request.cookies.getAll().map((c) => c.name) },
    signInRequired,
  );
  if (decision.kind === 'redirect') return NextResponse.redirect(new URL(decision.location, request.url));
  if (decision.kind === 'refuse') return new NextResponse('Sign in first.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return NextResponse.next();
}

export const config = {
  // Next's assets never need the check (and must stay reachable for the sign-in page).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
