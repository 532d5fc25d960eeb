import 'server-only';

/**
 * The client's network address for per-address limits. The production server (scripts/serve.ts) sets
 * `x-answerable-client-ip` from the socket, replacing anything a client sent, so it cannot be forged;
 * behind a reverse proxy it takes the address the proxy reports (TRUST_PROXY=true).
 */
export function clientAddress(h: Headers): string {
  return h.get('x-answerable-client-ip') ?? h.get('x-forwarded-for')?.split(',').pop()?.trim() ?? 'unknown';
}
