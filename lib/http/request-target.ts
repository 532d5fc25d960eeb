import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request forms the site answers at its edge (scripts/serve.ts), before anything else reads the
 * target. HTTP/1.1 has four (RFC 9112 §3.2); a browser only ever sends origin-form (`/questions?q=x`).
 * Next's router answers the others badly: `OPTIONS *` and `GET *` with a 500, and an absolute-form
 * target (`GET http://evil.com/questions`) with a redirect to the host it names, which would send a
 * reader off-site if anything in front of us (a proxy, a cache) passed such a target through.
 *  - `OPTIONS *` asks what the server supports: 204 with Allow.
 *  - `*` with any other method means nothing: 400.
 *  - absolute-form is for proxies, which this server is not: 400 (RFC 9112 lets a server accept it, but
 *    then the Host header is to be ignored; refusing it keeps one source for the host).
 * CONNECT's authority-form never reaches a request handler (node:http emits `connect`): see
 * refuseConnect.
 */
export const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';

export type TargetProblem = 'options-asterisk' | 'asterisk' | 'absolute' | null;

export function requestTargetProblem(method: string | undefined, url: string | undefined): TargetProblem {
  const target = url ?? '/';
  if (target.startsWith('/')) return null;
  if (target === '*') return (method ?? '').toUpperCase() === 'OPTIONS' ? 'options-asterisk' : 'asterisk';
  // Anything else (`http://host/path`, `evil.com`, `?x`) is not origin-form.
  return 'absolute';
}

const MESSAGES: Record<Exclude<TargetProblem, null | 'options-asterisk'>, string> = {
  asterisk: 'The request target "*" is only meaningful with OPTIONS.',
  absolute: 'This server is not a proxy: send the path alone (for example GET /questions) with the site in the Host header.',
};

/**
 * Answers a request whose target is not origin-form and returns true; returns false (and writes
 * nothing) for the ordinary requests. The server's own answers carry the security headers, so the
 * caller passes them.
 */
export function answerRequestTarget(req: IncomingMessage, res: ServerResponse, securityHeaders: () => Record<string, string> = () => ({})): boolean {
  const problem = requestTargetProblem(req.method, req.url);
  if (!problem) return false;
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  if (problem === 'options-asterisk') {
    res.writeHead(204, { Allow: ALLOWED_METHODS });
    res.end();
    return true;
  }
  const body = `${MESSAGES[problem]}\n`;
  res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** For node:http's `connect` event (a CONNECT request, authority-form): a plain 400 instead of a dropped connection. */
export function refuseConnect(_req: IncomingMessage, socket: import('node:stream').Duplex): void {
  const body = 'This server is not a proxy: CONNECT is not supported.\n';
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
