/**
 * Gives each replay of a cached page a nonce of its own. A nonce sent to every reader is no nonce:
 * anyone who loads the page once could write script that carries it. So the page cache keeps a
 * page's body cut at every place its nonce appeared (Next writes it into each script tag) and, for
 * each reader, joins the pieces with a fresh nonce and puts the same one in the CSP header.
 *
 * The body is kept uncompressed for this (scripts/serve.ts compresses after the cache): finding the
 * nonce in compressed bytes is not possible, and compressing a replay costs well under a millisecond.
 * A response whose body the app encoded itself cannot be given a fresh nonce, so it is not kept.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { CSP_HEADER, nonceOf } from './security-headers';

/** The nonce a response's CSP header allows scripts with, or null. */
export function responseNonce(headers: OutgoingHttpHeaders): string | null {
  const policy = headers[CSP_HEADER];
  return typeof policy === 'string' ? nonceOf(policy) : null;
}

/** `body` cut at every occurrence of `nonce`: n occurrences give n + 1 pieces (views, not copies). */
export function splitAtNonce(body: Buffer, nonce: string): Buffer[] {
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** The pieces joined again with `nonce` where the old one was. */
export function joinWithNonce(parts: readonly Buffer[], nonce: string): Buffer {
  if (parts.length === 1) return parts[0]!;
  const needle = Buffer.from(nonce);
  const joined: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) joined.push(needle);
    joined.push(part);
  });
  return Buffer.concat(joined);
}

/**
 * The headers with `fresh` wherever `old` was: the CSP header, and any other that repeats the nonce
 * (Next's `Link: …; rel=preload; nonce="…"` for stylesheets).
 */
export function headersWithNonce(headers: OutgoingHttpHeaders, old: string, fresh: string): OutgoingHttpHeaders {
  const replaced: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    replaced[name] = typeof value === 'string' ? value.replaceAll(old, fresh) : Array.isArray(value) ? value.map((v) => v.replaceAll(old, fresh)) : value;
  }
  return replaced;
}
