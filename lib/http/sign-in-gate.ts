/**
 * Sign-in-only mode (SIGN_IN_REQUIRED=true, lib/auth/auth-settings.ts): which requests a signed-out reader
 * may still make, and where the rest are sent. Used by proxy.ts as the first, cheap check (is there a
 * session cookie at all?); pages (app/layout.tsx) and route handlers check the session itself
 * (server/auth/reader-gate.ts), because the proxy alone is not trusted.
 */

/** Paths a signed-out reader may load: the sign-in page and Next's own assets (CSS, JS, fonts, icons). */
export function isOpenPath(pathname: string): boolean {
  return (
    pathname === '/login' ||
    // An alert email's unsubscribe link must work without signing in (RFC 8058 one-click too).
    pathname === '/alerts/unsubscribe' ||
    pathname === '/alerts/unsubscribe/one-click' ||
    pathname.startsWith('/_next/') ||
    pathname === '/favicon.ico' ||
    pathname === '/robots.txt' ||
    /^\/(icon|apple-icon)(\.\w+)?$/.test(pathname)
  );
}

/** The public JSON API (app/api/v1): its refusals are JSON, not a redirect to an HTML page. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api/v1' || pathname.startsWith('/api/v1/');
}

/** better-auth's session cookie, with the app's prefix (server/auth/auth.ts), over http or https. */
const SESSION_COOKIES = ['answerable.session_token', '__Secure-answerable.session_token'];

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIES.includes(name)) return true;
  return false;
}

/** The sign-in page, returning to `pathname + search` afterwards. */
export function signInUrl(pathname: string, search: string): string {
  return `/login?next=${encodeURIComponent(`${pathname}${search}`)}`;
}

export type GateDecision = { kind: 'pass' } | { kind: 'redirect'; location: string } | { kind: 'refuse' };

/** What the proxy does with a request while sign-in is required. */
export function gateRequest(req: { method: string; pathname: string; search: string; cookieNames: Iterable<string> }, signInRequired: boolean): GateDecision {
  if (!signInRequired || isOpenPath(req.pathname) || hasSessionCookie(req.cookieNames)) return { kind: 'pass' };
  // A page load goes to the sign-in page; anything else (a form post, a script's fetch, the JSON API, a
  // feed reader polling a feed) gets a 401.
  const pageLoad = (req.method === 'GET' || req.method === 'HEAD') && !isApiPath(req.pathname) && !/\/feed\.(atom|rss)$/.test(req.pathname);
  return pageLoad ? { kind: 'redirect', location: signInUrl(req.pathname, req.search) } : { kind: 'refuse' };
}
