/**
 * npm start [-- --port 3000 --host 0.0.0.0 --workers N --cache-mb 128 --cache-stale-s 10]
 * (or PORT, HOST, WEB_CONCURRENCY, PAGE_CACHE_MB, PAGE_CACHE_STALE_S)
 *
 * The production server: the `next build` output served by one process per CPU core (node:cluster;
 * one Next process renders one page at a time), each with an exact page cache (lib/http/page-cache.ts)
 * that is dropped whenever the database changes or the London date turns, and compresses responses
 * (lib/http/compress.ts). On PostgreSQL several app servers may share the database: a commit on any of
 * them drops every one's pages (lib/db/change-signal.ts). A page load whose page explains a problem with its address (bad filters, a
 * search that cannot run) gets status 400, which App Router pages cannot set. It also answers addresses
 * with broken percent-escapes with a 400, which Next's own router turns into a bare 500. Security
 * headers come from proxy.ts for what Next answers, and from here for the cache's replays (a fresh
 * CSP nonce each) and the server's own answers.
 * With more than one process the primary owns the port and forwards each request to a serving process
 * (lib/server/primary.ts): a process that dies costs no request more than a 502, and is replaced with a
 * growing delay rather than taking the site down. Every edge answers request targets that are not
 * a path (`*`, `http://host/…`) itself (lib/http/request-target.ts), and SIGTERM drains: requests in
 * flight finish (at most 10 s) before the server exits.
 * Run with `node --import tsx` so the workers it forks load TypeScript the same way.
 */
import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readAuthSettings } from '../lib/auth/auth-settings';
import { sharedChangeSignal, type ChangeSignal } from '../lib/db/change-signal';
import { londonToday } from '../lib/dates';
import { setClientIpHeader, trustProxySetting } from '../lib/http/client-ip';
import { sendBusy } from '../lib/http/busy-response';
import { createCompression } from '../lib/http/compress';
import { createFairShare } from '../lib/http/fair-share';
import { limiterFactoryFor } from '../lib/http/shared-limits';
import { readFairSettings } from '../lib/http/fair-settings';
import { hasMalformedPath, sendMalformedPath } from '../lib/http/malformed-url';
import { isCrossSiteWrite } from '../lib/http/same-origin';
import { createPageCache, type BackgroundRequest, type NextHandler } from '../lib/http/page-cache';
import { createRenderClient, serveRenders } from '../lib/http/render-elsewhere';
import { createRequestResponseMocks } from 'next/dist/server/lib/mock-request';
import { withProblemStatus } from '../lib/http/problem-status';
import { answerRequestTarget, refuseConnect } from '../lib/http/request-target';
import { createNonce, responseSecurityHeaders, securitySettings } from '../lib/http/security-headers';
import { drainable } from '../lib/server/drain';
import { runPrimary } from '../lib/server/primary';
import { DRAIN_MS, obeyPrimary, onStopSignal, RENDERER_ROLE, ROLE_VARIABLE, serveBehindPrimary, SOCKET_DIR_VARIABLE } from '../lib/server/processes';
import { readPublicUrl } from '../lib/site-url';
import { parseServerOptions, type ServerOptions } from '../lib/validation/server-options';

const root = path.resolve(import.meta.dirname, '..');
// Set before Next is imported (serve() imports it), as `next start` does.
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function readOptions(): ServerOptions {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, host: { type: 'string', short: 'H' }, workers: { type: 'string' }, 'cache-mb': { type: 'string' }, 'cache-stale-s': { type: 'string' } },
  });
  const parsed = parseServerOptions(values, process.env);
  if (!parsed.ok) {
    console.error(`Cannot start the server: ${parsed.message}.`);
    process.exit(2);
  }
  try {
    readPublicUrl(); // a malformed PUBLIC_URL stops the server here, not in the first export
    readFairSettings(process.env, { workers: parsed.options.workers }); // likewise a malformed limit
  } catch (error) {
    console.error(`Cannot start the server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  return parsed.options;
}


/** Whether background renders go to a renderer process: several processes, a page cache that may serve stale pages. */
function usesRenderer(options: ServerOptions): boolean {
  return options.workers > 1 && options.cacheMb > 0 && options.cacheStaleS > 0 && !readAuthSettings().signInRequired;
}

/** A request and response with no client behind them, for rendering a page in the background (Next's own mocks, as its ISR uses). */
function backgroundRequest(request: BackgroundRequest): { req: IncomingMessage; res: ServerResponse } {
  const { req, res } = createRequestResponseMocks({ url: request.url, method: 'GET', headers: { ...request.headers } });
  return { req: req as unknown as IncomingMessage, res: res as unknown as ServerResponse };
}

const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** The renderer process: renders the pages the serving processes find out of date, and serves nothing. */
async function renderOnly(options: ServerOptions): Promise<void> {
  const { default: next } = await import('next');
  // A server that never listens: Next otherwise looks for one on the first request's socket, which a
  // request with no client behind it does not have.
  const app = next({ dev: false, dir: root, hostname: options.host, port: options.port, httpServer: createServer() });
  const requestHandler = app.getRequestHandler();
  await app.prepare();
  serveRenders((req, res) => withProblemStatus(req, res, (q, s) => requestHandler(q, s)), backgroundRequest, MAX_PAGE_BYTES);
  obeyPrimary();
}

/** One server process: Next's request handler behind the address check and the page cache. */
async function serve(options: ServerOptions): Promise<void> {
  let changes: ChangeSignal | null = null;
  // In sign-in-only mode every reader has a session cookie (which bypasses the cache anyway): no page is
  // ever kept, so none can be served to a signed-out reader.
  const signInRequired = readAuthSettings().signInRequired;
  const trustProxy = trustProxySetting();
  if (options.cacheMb > 0 && !signInRequired) {
    try {
      // SQLite's data_version, or PostgreSQL's LISTEN/NOTIFY across app servers (lib/db/change-signal.ts).
      changes = await sharedChangeSignal();
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root, hostname: options.host, port: options.port });
  const requestHandler = app.getRequestHandler();
  // gzip/brotli here rather than in Next (next.config.ts turns Next's off): downloads get faster levels.
  const compress = createCompression();
  // Page loads that explain a problem with their address are answered 400 (lib/http/problem-status.ts).
  const render: NextHandler = (req, res) => withProblemStatus(req, res, (q, s) => requestHandler(q, s));
  await app.prepare();
  // Per-client and site-wide limits on costly work the cache cannot answer (searches, exports): 429 at once.
  const fairSettings = readFairSettings(process.env, { workers: options.workers });
  // On PostgreSQL the counts are in the database, shared by every app server (lib/http/shared-limits.ts).
  const fair = createFairShare(fairSettings, limiterFactoryFor());

  // Each replay of a cached page gets a CSP nonce of its own (lib/http/nonce-replay.ts); the cache
  // keeps pages uncompressed for that, so it sits inside the compression.
  const cache = changes
    ? createPageCache({
        stamp: () => `${changes.current()}|${londonToday().getTime()}`,
        maxBytes: options.cacheMb * 1024 * 1024,
        maxEntryBytes: MAX_PAGE_BYTES,
        freshNonce: createNonce,
        // While staff save, readers get the page as it was a moment ago while a fresh render runs in the
        // background: in the renderer process when there is one, else here within a share of the time.
        maxStaleMs: options.cacheStaleS * 1000,
        backgroundRequest: (req) => backgroundRequest({ url: req.url ?? '/', method: 'GET', headers: req.headers }),
        ...(cluster.isWorker && usesRenderer(options) ? { renderElsewhere: createRenderClient() } : {}),
        diagnosticHeader: fairSettings.diagnosticHeaders,
      })
    : null;
  const refuse = (req: IncomingMessage, res: ServerResponse, refusal: Parameters<typeof sendBusy>[2]) => {
    setSecurityHeaders(res);
    sendBusy(req, res, refusal);
  };
  const serveApp: NextHandler = (req, res) => {
    const gated = fair.gate(req, render, refuse);
    return cache ? cache.handle(req, res, gated) : gated(req, res);
  };
  const handle: NextHandler = (req, res) =>
    new Promise<void>((resolve, reject) => {
      compress(req, res, (error?: unknown) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else serveApp(req, res).then(resolve, reject);
      });
    });
  const security = securitySettings();
  // The server's own answers carry the headers proxy.ts gives Next's.
  const setSecurityHeaders = (res: ServerResponse) => {
    for (const [name, value] of Object.entries(responseSecurityHeaders(createNonce(), security))) res.setHeader(name, value);
  };

  const handleRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (hasMalformedPath(req.url)) {
      setSecurityHeaders(res);
      return sendMalformedPath(res, req.method, req.url);
    }
    // Another site's form or script trying to change data: refused here, before Next (whose own check
    // for Server Actions answers 500).
    if (isCrossSiteWrite(req.method, (name) => req.headers[name] as string | undefined)) {
      setSecurityHeaders(res);
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Requests from other sites cannot change data here.');
    }
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) {
        setSecurityHeaders(res);
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Something went wrong on the server.');
      } else res.destroy();
    });
  };

  const socketDir = process.env[SOCKET_DIR_VARIABLE];
  if (cluster.isWorker && socketDir) return serveBehindPrimary(handleRequest, socketDir);

  // One process: this server is the edge itself.
  const server = createServer((req, res) => {
    if (answerRequestTarget(req, res, () => responseSecurityHeaders(createNonce(), security))) return;
    // Per-address limits (failed sign-ins) read this; a client-sent value is overwritten (lib/http/client-ip.ts).
    setClientIpHeader(req, trustProxy);
    handleRequest(req, res);
  });
  server.on('connect', refuseConnect);
  const { drain } = drainable(server);
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${options.port} on ${options.host} is already in use: stop what uses it or pass --port.` : error);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    console.log(`Answerable on http://${options.host}:${options.port} (1 process, page cache ${cache ? `${options.cacheMb} MB` : 'off'})`);
  });
  onStopSignal(async () => void (await drain(DRAIN_MS)));
}

const options = readOptions();
if (cluster.isPrimary && options.workers > 1) {
  const renderer = usesRenderer(options);
  runPrimary({
    ...options,
    renderer,
    banner: `Answerable on http://${options.host}:${options.port} (${options.workers} processes${renderer ? ' and one rendering out-of-date pages' : ''}, page cache ${options.cacheMb > 0 ? `${options.cacheMb} MB each` : 'off'})`,
  });
} else {
  (process.env[ROLE_VARIABLE] === RENDERER_ROLE ? renderOnly(options) : serve(options)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
