/**
 * npm start [-- --port 3000 --host 0.0.0.0 --workers N --cache-mb 128]
 * (or PORT, HOST, WEB_CONCURRENCY, PAGE_CACHE_MB)
 *
 * The production server: the `next build` output served by one process per CPU core (node:cluster;
 * one Next process renders one page at a time), each with an exact page cache (lib/http/page-cache.ts)
 * that is dropped whenever the database changes or the London date turns, and compresses responses
 * (lib/http/compress.ts). A page load whose page explains a problem with its address (bad filters, a
 * search that cannot run) gets status 400, which App Router pages cannot set. It also answers addresses
 * with broken percent-escapes with a 400, which Next's own router turns into a bare 500.
 * Run with `node --import tsx` so the workers it forks load TypeScript the same way.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readAuthSettings } from '../lib/auth/auth-settings';
import { databasePath } from '../lib/db/database-path';
import { SqliteDataVersion } from '../lib/db/sqlite-data-version';
import { londonToday } from '../lib/dates';
import { setClientIpHeader, trustProxySetting } from '../lib/http/client-ip';
import { createCompression } from '../lib/http/compress';
import { hasMalformedPath, sendMalformedPath } from '../lib/http/malformed-url';
import { createPageCache, type NextHandler } from '../lib/http/page-cache';
import { withProblemStatus } from '../lib/http/problem-status';
import { parseServerOptions, type ServerOptions } from '../lib/validation/server-options';

const root = path.resolve(import.meta.dirname, '..');
// Set before Next is imported (serve() imports it), as `next start` does.
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function readOptions(): ServerOptions {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, host: { type: 'string', short: 'H' }, workers: { type: 'string' }, 'cache-mb': { type: 'string' } },
  });
  const parsed = parseServerOptions(values, process.env);
  if (!parsed.ok) {
    console.error(`Cannot start the server: ${parsed.message}.`);
    process.exit(2);
  }
  return parsed.options;
}

/** The primary process: starts the workers, replaces one that dies, stops them all on a signal. */
function supervise(options: ServerOptions): void {
  let stopping = false;
  const recentDeaths: number[] = [];
  const listening = new Set<number>();
  for (let i = 0; i < options.workers; i++) cluster.fork();
  cluster.on('listening', (worker) => listening.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A process that never started listening failed to start (port taken, no build): so will the next.
    if (!listening.has(worker.id)) {
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exit(typeof code === 'number' && code !== 0 ? code : 1);
    }
    const now = Date.now();
    recentDeaths.push(now);
    while ((recentDeaths[0] ?? now) < now - 60_000) recentDeaths.shift();
    console.error(`Server process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}).`);
    if (recentDeaths.length > options.workers * 3) {
      console.error('Server processes keep stopping; giving up.');
      process.exit(1);
    }
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 5_000).unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** One server process: Next's request handler behind the address check and the page cache. */
async function serve(options: ServerOptions): Promise<void> {
  let dataVersion: SqliteDataVersion | null = null;
  // In sign-in-only mode every reader has a session cookie (which bypasses the cache anyway): no page is
  // ever kept, so none can be served to a signed-out reader.
  const signInRequired = readAuthSettings().signInRequired;
  const trustProxy = trustProxySetting();
  if (options.cacheMb > 0 && !signInRequired) {
    try {
      dataVersion = new SqliteDataVersion(databasePath());
    } catch (error) {
      console.error(`Cannot open the database at ${databasePath()} (${(error as Error).message}). Run npm run db:deploy and npm run db:seed first.`);
      process.exit(1);
    }
  }
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root, hostname: options.host, port: options.port });
  const requestHandler = app.getRequestHandler();
  // gzip/brotli here rather than in Next (next.config.ts turns Next's off): downloads get faster levels.
  const compress = createCompression();
  const handle: NextHandler = (req, res) =>
    new Promise<void>((resolve, reject) => {
      compress(req, res, (error?: unknown) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        // Page loads that explain a problem with their address are answered 400 (lib/http/problem-status.ts).
        else withProblemStatus(req, res, (q, s) => requestHandler(q, s)).then(resolve, reject);
      });
    });
  await app.prepare();

  const cache = dataVersion
    ? createPageCache({
        stamp: () => `${dataVersion.current()}|${londonToday().getTime()}`,
        maxBytes: options.cacheMb * 1024 * 1024,
        maxEntryBytes: 4 * 1024 * 1024,
      })
    : null;

  const server = createServer((req, res) => {
    // Per-address limits (failed sign-ins) read this; a client-sent value is overwritten (lib/http/client-ip.ts).
    setClientIpHeader(req, trustProxy);
    if (hasMalformedPath(req.url)) return sendMalformedPath(res, req.method);
    const served = cache ? cache.handle(req, res, handle) : handle(req, res);
    served.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Something went wrong on the server.');
      } else res.destroy();
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${options.port} on ${options.host} is already in use: stop what uses it or pass --port.` : error);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) {
      console.log(`Answerable on http://${options.host}:${options.port} (${options.workers} process${options.workers === 1 ? '' : 'es'}, page cache ${cache ? `${options.cacheMb} MB each` : 'off'})`);
    }
  });
}

const options = readOptions();
if (cluster.isPrimary && options.workers > 1) supervise(options);
else
  serve(options).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
