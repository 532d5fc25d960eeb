/**
 * Runs before every request Next handles (Node runtime). One step today, kept apart so more can be
 * added in front of it (a sign-in-only mode would check the session and redirect before this):
 *
 * security headers: a fresh CSP nonce per request, passed to Next in the request's CSP header (Next
 * reads the nonce from there and puts it on its own scripts) and sent with the response, with the
 * other security headers (lib/http/security-headers.ts). Pages replayed by the production server's
 * page cache never reach this: the cache gives each replay a fresh nonce itself.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { CSP_HEADER, createNonce, responseSecurityHeaders, securitySettings } from '@/lib/http/security-headers';

function withSecurityHeaders(request: NextRequest): NextResponse {
  const headers = responseSecurityHeaders(createNonce(), securitySettings());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP_HEADER, headers[CSP_HEADER]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  return withSecurityHeaders(request);
}

// Every path: pages, route handlers, Next's own assets (nosniff matters most on scripts and styles).
