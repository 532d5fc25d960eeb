/**
 * npm run bench:load [-- --db bench-data/bench.db --duration 60 --connections 10 --port 3199 --build --mix]
 *
 * Serves the production build (`next start`) on the benchmark database and runs autocannon against the
 * questions page with search words for `duration` seconds, after a short warm-up. Prints requests/s,
 * latency percentiles, errors and non-2xx answers. Builds first when there is no build (or --build).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench-data/bench.db' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '3199' },
    build: { type: 'boolean', default: false },
    mix: { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const db = path.resolve(values.db!);
const port = Number(values.port);
const env = { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };

/**
 * The search page with search words (default: one mid-frequency word, ~10,000 matches; --mix for a
 * spread of rare to common words, phrases, prefixes and OR, none with a filter).
 */
const SINGLE = ['/questions?q=broadband'];
const MIX = ['/questions?q=broadband', '/questions?q=pryorden', '/questions?q=%22rural+broadband%22', '/questions?q=vaccin*&sort=dateTabled', '/questions?q=cholera+OR+malaria'];
const PATHS = values.mix ? MIX : SINGLE;

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
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

async function main() {
  if (!existsSync(db)) throw new Error(`No benchmark database at ${db}: run npm run bench:data -- --questions 1000000 first.`);
  if (values.build || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building (next build)…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}${PATHS[0]}`, server);
    for (const p of PATHS) {
      const response = await fetch(base + p);
      if (!response.ok) throw new Error(`${p} answered ${response.status}`);
      await response.text();
    }
    console.log('Warming up (10 s)…');
    await autocannon({ url: base, connections: Number(values.connections), duration: 10, requests: PATHS.map((p) => ({ method: 'GET', path: p })) });

    const duration = Number(values.duration);
    console.log(`Load: ${values.connections} connections for ${duration} s over ${PATHS.length} searches on ${db}`);
    const result = await autocannon({ url: base, connections: Number(values.connections), duration, requests: PATHS.map((p) => ({ method: 'GET', path: p })) });
    console.log(`  requests/s: average ${result.requests.average.toFixed(1)}, min ${result.requests.min}, max ${result.requests.max}`);
    console.log(`  latency:    p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  requests:   ${result.requests.total} in ${result.duration.toFixed(1)} s; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
    console.log(`  throughput: ${(result.throughput.average / 1024 ** 2).toFixed(2)} MiB/s`);
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
