import type { IncomingMessage } from 'node:http';

/**
 * The header the production server (scripts/serve.ts) sets on every request with the client's address,
 * for per-address limits such as failed sign-ins (server/auth/client-address.ts reads it). Any value a
 * client sent is replaced, so it cannot be forged. With TRUST_PROXY=true (the server sits behind a reverse
 * proxy that appends the real client to X-Forwarded-For) the last X-Forwarded-For hop is used instead:
 * that hop was added by the proxy itself, while earlier ones are whatever the client claimed.
 */
export const CLIENT_IP_HEADER = 'x-answerable-client-ip';

export function clientIpOf(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return last;
  }
  const address = req.socket.remoteAddress ?? 'unknown';
  // IPv4 clients on a dual-stack socket appear as ::ffff:1.2.3.4.
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** Overwrites the client-address header on the incoming request. */
export function setClientIpHeader(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): void {
  req.headers[CLIENT_IP_HEADER] = clientIpOf(req, trustProxy);
}

/** TRUST_PROXY: "true"/"1"/"yes" to trust X-Forwarded-For's last hop; anything else means no. */
export function trustProxySetting(env: Record<string, string | undefined> = process.env): boolean {
  return ['true', '1', 'yes'].includes((env.TRUST_PROXY ?? '').trim().toLowerCase());
}
