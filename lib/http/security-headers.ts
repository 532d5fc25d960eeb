/**
 * The Content-Security-Policy and the other security headers every response carries: pages, 404 and
 * error pages, route handlers (set in proxy.ts), pages replayed by the page cache (lib/http/page-cache.ts
 * gives each replay a fresh nonce) and the server's own 400 page (scripts/serve.ts).
 *
 * Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic'); Next puts
 * the nonce on its own inline and bundle scripts when it finds it in the request's CSP header
 * (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md). No 'unsafe-inline'.
 * Styles: 'unsafe-inline' is allowed on purpose. Party colours are style attributes, and the charts are
 * Observable Plot SVG with its own <style> and style attributes inlined at render time; attributes
 * cannot carry a nonce, and a nonce in style-src would switch 'unsafe-inline' off for them. Injected CSS
 * cannot run script, and rich text is sanitised (lib/sanitize-html.ts) with no style allowed.
 * Pure functions of their inputs, so proxy.ts, the page cache and the tests share them.
 */

export const CSP_HEADER = 'content-security-policy';

export interface SecuritySettings {
  /** The site is served over https (directly or behind a TLS proxy): send HSTS and upgrade subresources. */
  https: boolean;
  /** `next dev`: React's debugging needs eval there (never in production). */
  dev: boolean;
}

/** `HSTS=on` (also `1`, `true`, `yes`) says the site is served over https. */
export function securitySettings(env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  return {
    https: /^(on|1|true|yes)$/i.test(env.HSTS?.trim() ?? ''),
    dev: env.NODE_ENV === 'development',
  };
}

/** 128 random bits, base64: unguessable, and a fresh one for every response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

export function contentSecurityPolicy(nonce: string, settings: SecuritySettings): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${settings.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(settings.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

const NONCE_SOURCE = /'nonce-([A-Za-z0-9+/_=-]+)'/;

/** The nonce a policy allows scripts with, or null. */
export function nonceOf(policy: string): string | null {
  return NONCE_SOURCE.exec(policy)?.[1] ?? null;
}

/** The headers besides the CSP, the same on every response. */
export function securityHeaders(settings: SecuritySettings): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'cross-origin-opener-policy': 'same-origin',
    ...(settings.https ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

/** Every security header for one response, with a policy built on `nonce`. */
export function responseSecurityHeaders(nonce: string, settings: SecuritySettings): Record<string, string> {
  return { [CSP_HEADER]: contentSecurityPolicy(nonce, settings), ...securityHeaders(settings) };
}
