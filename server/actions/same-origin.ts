import 'server-only';

/**
 * Whether a state-changing request came from another site. Browsers send `Sec-Fetch-Site` on every
 * request (same-origin for our own forms) and `Origin` on every POST; a request whose Origin names
 * another host than the one it was sent to is refused. Next checks Server Actions' Origin too; this is
 * the same rule for route handlers, and a second lock for actions.
 */
export function isCrossSite(h: Headers): boolean {
  const site = h.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = h.get('origin');
  if (!origin) return false;
  const host = h.get('x-forwarded-host') ?? h.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
