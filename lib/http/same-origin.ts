/**
 * Whether a state-changing request came from another site. Browsers send `Sec-Fetch-Site` on every
 * request (same-origin for our own forms) and `Origin` on every POST; a request whose Origin names
 * another host than the one it was sent to is refused. One rule for the production server's edge
 * (scripts/serve.ts answers 403 before Next, whose own check for Server Actions answers 500) and the
 * staff write path (server/actions/staff-action.ts), which keeps it as a second lock.
 */
export function isCrossSite(header: (name: string) => string | null | undefined): boolean {
  const site = header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = header('origin');
  if (!origin) return false;
  const host = header('x-forwarded-host') ?? header('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A request that would change data (any method but GET, HEAD, OPTIONS) sent from another site. */
export function isCrossSiteWrite(method: string | undefined, header: (name: string) => string | null | undefined): boolean {
  return !SAFE_METHODS.has((method ?? 'GET').toUpperCase()) && isCrossSite(header);
}
