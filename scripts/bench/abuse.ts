/**
 * npm run bench:abuse [-- --db bench-data/bench.db --duration 30 --port 3441 --workers N --build
 *                        --readers 10 --searchers 8 --exporters 20 --distinct-searchers]
 *
 * The production server (scripts/serve.ts, as `npm start` runs it, default limits) on the benchmark
 * database, behind a pretend reverse proxy (TRUST_PROXY=true; each client names itself in
 * X-Forwarded-For): `readers` ordinary readers, each its own client on one connection, browse bench:load's
 * page mix for `duration` seconds alone, then again while abusers run:
 *   - `searchers` connections from one client (a scraper; --distinct-searchers: one client each) send the
 *     costliest searches there are, a different one every time (never cached): in turn the costliest
 *     the caps accept (8 word starts and 24 common words ORed) and 32 prefixes ORed with a bad table
 *     parameter (refused by the caps);
 *   - `exporters` clients, each downloading the full export (/questions/export.csv, a million rows) as
 *     fast as it can, over and over.
 * An abuser answered 429 tries again after 200 ms (it ignores Retry-After). Prints the readers' p50/p99
 * and errors for both runs side by side, the abusers' answers by status, and the server's CPU time.
 * Target (issue 12): readers' p99 with abusers ≤ 2× without, no reader request fails, abusers get 429s.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import events from 'node:events';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WORDS } from '../../lib/demo/vocabulary';
import { ms, percentile } from './write-common';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench-data/bench.db' },
    duration: { type: 'string', default: '30' },
    port: { type: 'string', default: '3441' },
    workers: { type: 'string' },
    build: { type: 'boolean', default: false },
    readers: { type: 'string', default: '10' },
    searchers: { type: 'string', default: '8' },
    exporters: { type: 'string', default: '20' },
    'distinct-searchers': { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const db = path.resolve(values.db!);
const port = Number(values.port);
const duration = Number(values.duration) * 1000;
const base = `http://127.0.0.1:${port}`;
// bench:load's --mix: what ordinary readers open (served from the page cache once warm).
const MIX = ['/questions?q=broadband', '/questions?q=pryorden', '/questions?q=%22rural+broadband%22', '/questions?q=vaccin*&sort=dateTabled', '/questions?q=cholera+OR+malaria'];
const PREFIXES = [...new Set(WORDS.filter((w) => /^[a-z]{4,}$/.test(w)).map((w) => w.slice(0, 3)))];
const RETRY_PAUSE_MS = 200;
// Words the demo text uses most (lib/demo/vocabulary.ts): each matches a large share of the questions.
const COMMON = WORDS.filter((w) => /^[a-z]{5,}$/.test(w)).slice(0, 40);

/**
 * The n-th costly search, a unique address each time (never cached). Even n: the costliest search the
 * caps accept (8 word starts, the most there may be, and 24 common words, ORed: ~1-2 s of CPU where the
 * deadline lets it run, BENCHMARKS.md "Costly searches"). Odd n: 32 word starts and a bad table
 * parameter, which cost ~3 s before the caps and are now refused with a cheap 400.
 */
function costlySearch(n: number): string {
  if (n % 2 === 1) {
    const terms = Array.from({ length: 32 }, (_, i) => `${PREFIXES[(n * 7 + i * 13) % PREFIXES.length]}*`);
    return `/questions?q=${encodeURIComponent(terms.join(' OR '))}&hide=zz${n}9`;
  }
  const starts = Array.from({ length: 8 }, (_, i) => `${PREFIXES[(n * 7 + i * 13) % PREFIXES.length]}*`);
  const words = Array.from({ length: 24 }, (_, i) => COMMON[(n + i) % COMMON.length]!);
  return `/questions?q=${encodeURIComponent([...starts, ...words].join(' OR '))}`;
}

/** The first few reasons requests failed, for the report. */
const failures = new Set<string>();

interface Outcome {
  status: number; // 0: the request failed
  ms: number;
  bytes: number;
  /** The answer's body did not arrive in full (a download abandoned at the end of the run, or a failure). */
  unfinished?: boolean;
}

/** One GET as `client` on `agent`, read to the end (or until `signal`). */
function get(agent: http.Agent, client: string, p: string, signal?: AbortSignal): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let bytes = 0;
    let status = 0;
    const done = (unfinished: boolean) => resolve({ status, ms: performance.now() - started, bytes, unfinished });
    const request = http.get(base + p, { agent, headers: { 'x-forwarded-for': client }, signal }, (response) => {
      status = response.statusCode!;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done(false));
      response.on('error', () => done(true));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (!signal?.aborted && failures.size < 5) failures.add(`${p.slice(0, 40)}: ${error.code ?? error.message}`);
      done(true);
    });
    request.setTimeout(120_000, () => request.destroy());
  });
}

/** `clients` loops, each on a connection of its own, sending `next(i)` until `until`. */
async function loop(names: string[], next: (i: number) => string, until: number, pauseAfter429: boolean, signal?: AbortSignal): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let n = 0;
  await Promise.all(
    names.map(async (client) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (Date.now() < until && !signal?.aborted) {
        const outcome = await get(agent, client, next(n++), signal);
        outcomes.push(outcome);
        if (pauseAfter429 && outcome.status === 429) await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
      agent.destroy();
    }),
  );
  return outcomes;
}

const names = (prefix: string, count: number, distinct = true) => Array.from({ length: count }, (_, i) => (distinct ? `${prefix}${i + 1}` : `${prefix}1`));

/** The server's CPU seconds so far (every process in its group). */
function serverCpuS(server: ChildProcess): number {
  const ps = spawnSync('ps', ['-o', 'times=', '-g', String(server.pid)], { encoding: 'utf8' });
  return ps.stdout.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
}

async function phase(label: string, server: ChildProcess, withAbusers: boolean) {
  const until = Date.now() + duration;
  const cpu = serverCpuS(server);
  const stop = new AbortController();
  events.setMaxListeners(0, stop.signal); // one listener per abuser's request
  const readers = loop(names('192.0.2.', Number(values.readers)), (i) => MIX[i % MIX.length]!, until, false);
  const searches = withAbusers ? loop(names('203.0.113.', Number(values.searchers), values['distinct-searchers']), costlySearch, until, true, stop.signal) : Promise.resolve([]);
  const exports = withAbusers ? loop(names('198.51.100.', Number(values.exporters)), () => '/questions/export.csv', until, true, stop.signal) : Promise.resolve([]);
  const read = await readers;
  stop.abort(); // downloads still going when the time is up are abandoned
  return { label, read, searches: await searches, exports: await exports, cpuS: serverCpuS(server) - cpu };
}

function statusCounts(outcomes: Outcome[]): string {
  const counts = new Map<number, number>();
  const label = (o: Outcome) => (o.status === 0 ? -1 : o.status * 2 + (o.unfinished ? 1 : 0));
  for (const o of outcomes) counts.set(label(o), (counts.get(label(o)) ?? 0) + 1);
  const name = (l: number) => (l === -1 ? 'no answer' : `${Math.floor(l / 2)}${l % 2 ? ' (unfinished)' : ''}`);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([l, n]) => `${name(l)} ×${n}`).join(', ') || 'none';
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not answer within 2 minutes.');
}

async function main() {
  if (!existsSync(db)) throw new Error(`No benchmark database at ${db}: run npm run bench:data -- --questions 1000000 first.`);
  const env = { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const, TRUST_PROXY: 'true', ...(values.workers ? { WEB_CONCURRENCY: values.workers } : {}) };
  if (values.build || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building (next build)…');
    if (spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' }).status !== 0) throw new Error('next build failed');
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const stopServer = () => server.pid && server.exitCode === null && process.kill(-server.pid, 'SIGTERM');
  process.on('exit', stopServer);
  try {
    await waitForServer(server);
    console.log('Warming up (10 s)…');
    await loop(names('192.0.2.', Number(values.readers)), (i) => MIX[i % MIX.length]!, Date.now() + 10_000, false);
    const searchers = `${values.searchers} connections from ${values['distinct-searchers'] ? 'as many clients' : 'one client'}`;
    console.log(`Readers: ${values.readers} clients, one connection each, bench:load's page mix, ${values.duration} s per run, on ${db}`);
    console.log(`Abusers: the costliest searches the caps accept, and 32-prefix searches with a bad table parameter, in turn (${searchers}); full CSV exports (${values.exporters} clients); 429s retried after ${RETRY_PAUSE_MS} ms`);
    const alone = await phase('readers alone', server, false);
    const abused = await phase('with abusers', server, true);
    const row = (name: string, f: (p: typeof alone) => string) => console.log(`  ${name.padEnd(22)}${f(alone).padStart(16)}${f(abused).padStart(18)}`);
    const okMs = (p: typeof alone) => p.read.filter((o) => o.status === 200 && !o.unfinished).map((o) => o.ms);
    console.log(`\n  ${''.padEnd(22)}${'readers alone'.padStart(16)}${'with abusers'.padStart(18)}`);
    row('reader requests', (p) => String(p.read.length));
    row('p50 (ms)', (p) => ms(percentile(okMs(p), 50)).trim());
    row('p99 (ms)', (p) => ms(percentile(okMs(p), 99)).trim());
    row('max (ms)', (p) => ms(okMs(p).reduce((max, v) => Math.max(max, v), 0)).trim()); // not Math.max(...): 100,000s of values
    row('reader errors', (p) => String(p.read.filter((o) => o.status !== 200 || o.unfinished).length));
    row('server CPU (s)', (p) => p.cpuS.toFixed(1));
    const ratio = percentile(okMs(abused), 99) / percentile(okMs(alone), 99);
    console.log(`\n  readers' p99 with abusers / alone: ${ratio.toFixed(2)}× (target ≤ 2×)`);
    console.log(`  readers' answers: ${statusCounts(abused.read)}`);
    if (failures.size > 0) console.log(`  failures seen:    ${[...failures].join('; ')}`);
    console.log(`  costly searches:  ${statusCounts(abused.searches)}`);
    const sent = abused.exports.filter((o) => o.status === 200).reduce((s, o) => s + o.bytes, 0);
    console.log(`  exports:          ${statusCounts(abused.exports)}; ${(sent / 1024 ** 2).toFixed(0)} MiB of CSV sent (unfinished: still going when the run ended)`);
  } finally {
    stopServer();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
