import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A page that explains a problem with its own address (an unknown status in the filters, a date
 * that does not exist, a search that cannot run) marks that notice with this attribute. App Router
 * pages cannot choose their HTTP status, so the server (scripts/serve.ts) answers those page loads
 * with 400 Bad Request (or 503 for a request declined for its cost): the same helpful page, with the
 * status the input deserves.
 */
export const REQUEST_PROBLEM_ATTRIBUTE = 'data-request-problem';

// Only a real element's attribute can match: React escapes < > and " in text and attribute values,
// and Next writes them as \u003c \u003e \" in the page's inline router data, so a search for this
// very text (which the page shows back) cannot trigger it.
const MARKER = /<[a-z][a-z0-9-]*\s[^<>]*\sdata-request-problem="(|unavailable)"/i;

/**
 * The status a page's notice asks for: `data-request-problem=""` 400 (the address is at fault),
 * `data-request-problem="unavailable"` 503 (a valid request the server declined to finish, such as a
 * search stopped at its deadline); null without a notice.
 */
export function requestProblemStatus(html: string): 400 | 503 | null {
  const found = MARKER.exec(html);
  if (!found) return null;
  return found[1] === 'unavailable' ? 503 : 400;
}

/** True when an HTML document contains a request-problem notice. */
export function hasRequestProblem(html: string): boolean {
  return requestProblemStatus(html) !== null;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Runs `next` for a page load and holds its HTML until the end, then sends it with status 400 if the
 * page marked a request problem, else as it was. Only full page loads (GET without Next's `rsc`
 * header) are held: Next's client router needs its payloads as they are. A document larger than
 * `limit` bytes is let through as it comes, unchanged.
 */
export async function withProblemStatus(req: IncomingMessage, res: ServerResponse, next: Handler, limit = 8 * 1024 * 1024): Promise<void> {
  if (req.method !== 'GET' || req.headers.rsc) return next(req, res);

  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks: Buffer[] = [];
  let size = 0;
  let holding = true;

  // Back to plain writing: what was held goes out first (Node sends the status and headers with it).
  const release = () => {
    holding = false;
    Object.assign(res, original);
    for (const chunk of chunks.splice(0)) (original.write as (chunk: Buffer) => boolean).call(res, chunk);
  };
  const isHtml = () => /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));
  const hold = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    size += buffer.length;
  };

  // While held, writeHead only records its status and headers; they go out with the body.
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (Array.isArray(args.find((arg) => typeof arg === 'object' && arg !== null))) {
      release();
      return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    }
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, string | string[] | number> | undefined;
    if (typeof args[0] === 'number') this.statusCode = args[0];
    if (headers) for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    return this;
  } as ServerResponse['writeHead'];
  res.flushHeaders = () => undefined;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!holding) return (original.write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    if (!isHtml() || this.statusCode !== 200) {
      release();
      return (original.write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    }
    hold(chunk, rest[0]);
    if (size > limit) release();
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (holding) {
      if (isHtml() && this.statusCode === 200) {
        hold(args[0], args[1]);
        const problem = requestProblemStatus(Buffer.concat(chunks).toString('utf8'));
        if (problem !== null) this.statusCode = problem;
        const body = Buffer.concat(chunks.splice(0));
        holding = false;
        Object.assign(res, original);
        const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        return (original.end as (...a: unknown[]) => ServerResponse).call(this, body, callback);
      }
      release();
    }
    return (original.end as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['end'];

  await next(req, res);
}
