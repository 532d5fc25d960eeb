/**
 * The site's public address, for every absolute link Answerable writes outside a page (the `url`
 * column of exports today; emails and feeds later). One setting, `PUBLIC_URL`
 * (e.g. `https://answerable.example.org`), read here and nowhere else, validated on first use (and
 * by `npm start` before it listens) so a typo stops the server with a message instead of writing
 * broken links into files people keep.
 *
 * Unset, links use the address the request itself came to (its Host header), which is right for a
 * machine reached directly. The server's own listening address is never used: bound to all
 * interfaces it is `0.0.0.0`, which no reader can open.
 */
import { z } from '@/lib/validation/zod';

const MESSAGE = 'PUBLIC_URL must be an absolute http(s) address such as https://answerable.example.org (no query or #fragment)';

/** Addresses a server listens on that mean "every interface": never an address to give a reader. */
const UNSPECIFIED_HOSTS = new Set(['0.0.0.0', '[::]', '[::0]']);

const publicUrlSchema = z
  .url({ protocol: /^https?$/, error: MESSAGE })
  .transform((value) => new URL(value))
  .refine((url) => !url.search && !url.hash && !url.username && !url.password && !UNSPECIFIED_HOSTS.has(url.hostname), MESSAGE)
  // The path is kept (a site served under /answerable), without its trailing slash, so paths append.
  .transform((url) => `${url.origin}${url.pathname.replace(/\/+$/, '')}`);

/**
 * `PUBLIC_URL` from `env`, normalised (`https://host[:port][/path]`, no trailing slash), or undefined
 * when unset or blank. Throws an Error with a clear message when it is malformed.
 */
export function readPublicUrl(env: Partial<Record<string, string>> = process.env): string | undefined {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return undefined;
  const parsed = publicUrlSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid setting: ${MESSAGE}; got “${raw}”.`);
  return parsed.data;
}

let cached: { value: string | undefined } | null = null;

/** The configured public address (read once per process), or undefined when unset. */
export function publicUrl(): string | undefined {
  cached ??= { value: readPublicUrl() };
  return cached.value;
}

/**
 * The origin the request was addressed to, as the server saw it: the Host header (the address the
 * reader typed or followed) with the request's scheme (`X-Forwarded-Proto` when a proxy in front
 * says http or https). A missing or malformed Host falls back to the request URL's origin, with an
 * unspecified listening address (0.0.0.0, [::]) read as `localhost`.
 */
export function requestOrigin(request: Pick<Request, 'url' | 'headers'>): string {
  const url = new URL(request.url);
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded === 'http' || forwarded === 'https' ? forwarded : url.protocol.replace(/:$/, '');
  const host = request.headers.get('host')?.trim();
  if (host) {
    try {
      const fromHost = new URL(`${scheme}://${host}`);
      // Only a bare host[:port]: anything else in the header (a path, credentials) is not an address.
      if (fromHost.host === host.toLowerCase() && !UNSPECIFIED_HOSTS.has(fromHost.hostname)) return fromHost.origin;
    } catch {
      // Malformed Host: use the request URL below.
    }
  }
  if (UNSPECIFIED_HOSTS.has(url.hostname)) url.hostname = 'localhost';
  return `${scheme}://${url.host}`;
}

/** Where links to this site start: PUBLIC_URL when set, else the request's own origin. */
export function siteBaseUrl(request: Pick<Request, 'url' | 'headers'>, configured: string | undefined = publicUrl()): string {
  return configured ?? requestOrigin(request);
}
