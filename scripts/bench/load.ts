/**
 * npm run bench:load [-- --database-url file:bench-data/bench.db --duration 60 --connections 10 --port 3199
 *                       --build --mix | --distinct --workers N --no-cache --servers N]
 *
 * Serves the production build the way `npm start` does (scripts/serve.ts: one process per core, each
 * with the exact page cache) on the benchmark database (`--database-url` as DATABASE_URL reads it: SQLite's
 * file by default, or postgres://…) and runs autocannon against the questions page with search words for
 * `duration` seconds, after a 10 s warm-up. Prints requests/s, latency percentiles, errors, non-2xx
 * answers and how many answers the page cache served.
 *
 *   --servers N  N app servers on one database (PostgreSQL: several app servers behind a balancer), on
 *                ports port, port+1, …; the connections are shared out among them (one autocannon each,
 *                side by side) and the requests/s added up. Compare --servers 2 with --servers 1.
 *   --server-cpu C  each app server (all its processes) held to C cores' worth of CPU by a control group
 *                (scripts/bench/cpu-quota.ts; needs root): "a machine of its own" for each app server on a
 *                machine with too few cores for that, so that adding a server adds app capacity rather than
 *                taking CPU from PostgreSQL and the load generator.
 *
 *   (default)    one mid-frequency search, `/questions?q=broadband`, over and over
 *   --mix        five searches in turn (rare to common words, a phrase, a prefix, OR)
 *   --distinct   a different search on every request (two words from the demo vocabulary, never the
 *                same pair twice in a run): no request can be answered from the cache, so this
 *                measures rendering itself
 *   --no-cache   start the server with the page cache off (PAGE_CACHE_MB=0)
 *   --workers N  server processes (default: one per core)
 * Builds first when there is no build (or --build).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { databaseLabel, parseDatabaseUrl } from '../../lib/db/database-url';
import { WORDS } from '../../lib/demo/vocabulary';
import { createCpuQuota, type CpuQuota } from './cpu-quota';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    db: { type: 'string', default: 'bench-data/bench.db' },
    servers: { type: 'string', default: '1' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '3199' },
    build: { type: 'boolean', default: false },
    mix: { type: 'boolean', default: false },
    distinct: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
    'server-cpu': { type: 'string' },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const target = parseDatabaseUrl(values['database-url'] ?? values.db);
const port = Number(values.port);
const servers = Number(values.servers);
const env = {
  ...process.env,
  DATABASE_URL: target.url,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production' as const,
  // Counts cache hits from x-answerable-cache; every connection is one client (127.0.0.1), so the
  // per-client search limit is off: this measures rendering and the cache (bench:abuse measures the limits).
  DIAGNOSTIC_HEADERS: '1',
  FAIR_SEARCHES_PER_CLIENT: '0',
  ...(values['no-cache'] ? { PAGE_CACHE_MB: '0' } : {}),
  ...(values.workers ? { WEB_CONCURRENCY: values.workers } : {}),
  // PostgreSQL requires AUTH_SECRET (server/auth/auth-secret.ts): the bench's app servers share one of its own
  // unless one is set, as app servers behind a balancer share theirs.
  ...(target.dialect === 'postgresql' && !process.env.AUTH_SECRET ? { AUTH_SECRET: randomBytes(32).toString('base64url') } : {}),
};

const SINGLE = ['/questions?q=broadband'];
const MIX = ['/questions?q=broadband', '/questions?q=pryorden', '/questions?q=%22rural+broadband%22', '/questions?q=vaccin*&sort=dateTabled', '/questions?q=cholera+OR+malaria'];

/** Pairs of vocabulary words in a fixed order, each used once: `n` distinct searches. */
function* distinctSearches(): Generator<string> {
  const words = WORDS.filter((word) => /^[a-z]+$/.test(word));
  for (let step = 1; step < words.length; step++) {
    for (let i = 0; i < words.length; i++) yield `/questions?q=${words[i]}+${words[(i + step) % words.length]}`;
  }
  throw new Error('Ran out of distinct searches: shorten the run.');
}

// One sequence for the whole run, warm-up included, so no search is ever repeated.
const searches = distinctSearches();

/** The autocannon request list; `count` sees every answer's cache header. */
function requests(count: (hit: boolean) => void): autocannon.Request[] {
  const onResponse = (_status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) => count(headers?.['x-answerable-cache'] === 'hit');
  if (!values.distinct) return (values.mix ? MIX : SINGLE).map((p) => ({ method: 'GET', path: p, onResponse }));
  return [{ method: 'GET', setupRequest: (request) => ({ ...request, path: searches.next().value as string }), onResponse }];
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${url} within 2 minutes.`);
}

/** One autocannon per server, side by side, the connections shared out among them. */
async function run(bases: string[], duration: number) {
  let hits = 0;
  let total = 0;
  const connections = Number(values.connections);
  const results = await Promise.all(
    bases.map((url, i) =>
      autocannon({
        url,
        connections: Math.floor(connections / bases.length) + (i < connections % bases.length ? 1 : 0),
        duration,
        requests: requests((hit) => {
          total++;
          if (hit) hits++;
        }),
      }),
    ),
  );
  return { results, hits, total };
}

function startServer(serverPort: number, quota: CpuQuota | null): ChildProcess {
  const node = { command: 'node', args: ['--import', 'tsx', 'scripts/serve.ts', '--port', String(serverPort), '--host', '127.0.0.1'] };
  const { command, args } = quota ? quota.wrap(node.command, node.args) : node;
  return spawn(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
}

async function main() {
  if (target.dialect === 'sqlite' && !existsSync(target.file)) throw new Error(`No benchmark database at ${target.file}: run npm run bench:data -- --questions 1000000 first.`);
  if (!Number.isInteger(servers) || servers < 1) throw new Error('--servers must be a whole number, e.g. --servers 2');
  if (values.build || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building (next build)…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const cores = values['server-cpu'] === undefined ? null : Number(values['server-cpu']);
  const quotas = Array.from({ length: servers }, (_, i) => (cores === null ? null : createCpuQuota(`answerable-bench-server-${i + 1}`, cores)));
  const started = quotas.map((quota, i) => startServer(port + i, quota));
  const stop = () => {
    for (const server of started) if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };

  process.on('exit', stop);
  try {
    const bases = started.map((_, i) => `http://127.0.0.1:${port + i}`);
    for (const [i, base] of bases.entries()) await waitForServer(`${base}/questions?q=pryorden`, started[i]!);
    console.log('Warming up (10 s)…');
    await run(bases, 10);

    const duration = Number(values.duration);
    const kind = values.distinct ? 'a different search on every request' : `${(values.mix ? MIX : SINGLE).length} search(es) in turn`;
    console.log(
      `Load: ${values.connections} connections for ${duration} s, ${kind}, page cache ${values['no-cache'] ? 'off' : 'on'}, ${servers} app server(s)${cores === null ? '' : ` of ${cores} CPU each`}, on ${databaseLabel(target)}`,
    );
    const { results, hits, total } = await run(bases, duration);
    const sum = (pick: (r: autocannon.Result) => number) => results.reduce((n, r) => n + pick(r), 0);
    const worst = (pick: (r: autocannon.Result) => number) => Math.max(...results.map(pick));
    if (servers > 1) results.forEach((r, i) => console.log(`  server ${i + 1}:   ${r.requests.average.toFixed(1)} requests/s, p99 ${r.latency.p99} ms`));
    console.log(`  requests/s: average ${sum((r) => r.requests.average).toFixed(1)}, min ${sum((r) => r.requests.min)}, max ${sum((r) => r.requests.max)}`);
    console.log(`  latency:    p50 ${worst((r) => r.latency.p50)} ms, p90 ${worst((r) => r.latency.p90)} ms, p99 ${worst((r) => r.latency.p99)} ms, max ${worst((r) => r.latency.max)} ms${servers > 1 ? ' (the slowest server)' : ''}`);
    console.log(`  requests:   ${sum((r) => r.requests.total)} in ${results[0]!.duration.toFixed(1)} s; errors ${sum((r) => r.errors)}, timeouts ${sum((r) => r.timeouts)}, non-2xx ${sum((r) => r.non2xx)}`);
    console.log(`  page cache: ${hits} of ${total} answers served from it`);
    console.log(`  throughput: ${(sum((r) => r.throughput.average) / 1024 ** 2).toFixed(2)} MiB/s`);
  } finally {
    stop();
    // A control group can only be removed once its processes have ended.
    const ended = started.map((server) => (server.exitCode === null ? new Promise((resolve) => server.once('exit', resolve)) : null));
    await Promise.race([Promise.all(ended), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    for (const quota of quotas) quota?.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
