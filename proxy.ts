/**
 * Runs before every request Next handles (Node runtime), in two steps:
 *
 * 1. sign-in-only mode (SIGN_IN_REQUIRED, lib/http/sign-in-gate.ts): a signed-out reader is sent to
 *    /login, other signed-out requests get 401. Only a first check: pages and route handlers check the
 *    session again themselves (server/auth/reader-gate.ts), and every write checks the role.
 * 2. security headers: a fresh CSP nonce per request, passed to Next in the request's CSP header (Next
 *    reads the nonce from there and puts it on its own scripts) and sent with the response, with the
 *    other security headers (lib/http/security-headers.ts). Pages replayed by the production server's
 *    page cache never reach this: the cache gives each replay a fresh nonce itself.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { CSP_HEADER, createNonce, responseSecurityHeaders, securitySettings } from '@/lib/http/security-headers';
import { gateRequest, isApiPath } from '@/lib/http/sign-in-gate';

const signInRequired = readAuthSettings().signInRequired;

function signInGate(request: NextRequest): NextResponse | null {
  const decision = gateRequest(
    { method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, cookieNames: request.cookies.getAll().map((c) => c.name) },
    signInRequired,
  );
  if (decision.kind === 'redirect') return NextResponse.redirect(new URL(decision.location, request.url));
  if (decision.kind === 'refuse' && isApiPath(request.nextUrl.pathname)) {
    // The API's own error shape (lib/api/errors.ts); the route handlers check the session again themselves.
    return NextResponse.json({ error: { code: 'unauthorized', message: 'This site is open to signed-in users only.' } }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  }
  if (decision.kind === 'refuse') return new NextResponse('Sign in first.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return null;
}

export function proxy(request: NextRequest): NextResponse {
  const headers = responseSecurityHeaders(createNonce(), securitySettings());
  const gated = signInGate(request);
  if (gated) {
    for (const [name, value] of Object.entries(headers)) gated.headers.set(name, value);
    return gated;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP_HEADER, headers[CSP_HEADER]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Every path: pages, route handlers, Next's own assets (nosniff matters most on scripts and styles;
// the sign-in gate lets /_next/ and /login through).
