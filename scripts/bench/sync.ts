/**
 * npm run bench:sync [-- --questions 100000 --readers 10 --duration 20 --port 3198 --page-size 500 --skip-load]
 *                     [--database-url postgres://…/answerable_bench]   (default: file:bench-data/sync.db)
 *
 * The Parliament sync's speed (BENCHMARKS.md, "Parliament sync"), against the fixture server in a process of
 * its own serving synthetic questions in the APIs' exact shapes (test/parliament-fixture):
 *
 *  speed  `npm run sync -- --from …` (the real CLI) imports `questions` into a fresh database: wall time and
 *         questions a second end to end (HTTP, validation, full-text fetches for the one in ten the list
 *         truncates, members, sanitising, the batched writes with history). Then the same again: every
 *         record unchanged. Target: >= 5,000 questions/s.
 *  load   The production server (scripts/serve.ts) on that database; `readers` connections load pages for
 *         `duration` s alone, then while a second sync imports another `questions`/2 new questions. Prints
 *         readers' p50/p95/p99 and failures side by side. Target: p99 <= 300 ms, none failed.
 *
 * The database is emptied first (a PostgreSQL one dropped and created again: its name must contain "bench").
 * Needs a `next build` for the load part (`npm run build`, or the one e2e left). Talks only to 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { databaseLabel, parseDatabaseUrl } from '../../lib/db/database-url';
import { SYNC_NODE_ARGS } from '../../lib/parliament/sync-process';
import { questionPath } from '../../lib/routes';
import { freshDatabase } from './fresh-database';
import { ms, percentile } from './write-common';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '100000' },
    readers: { type: 'string', default: '10' },
    duration: { type: 'string', default: '20' },
    port: { type: 'string', default: '3198' },
    'page-size': { type: 'string', default: '500' },
    'skip-load': { type: 'boolean', default: false },
    'skip-speed': { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const target = parseDatabaseUrl(values['database-url'] ?? `file:${path.join(root, 'bench-data', 'sync.db')}`);
const count = Number(values.questions);

function startFixture(args: string[]): Promise<{ child: ChildProcess; questionsUrl: string; membersUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/parliament-fixture/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  // It stands in for Parliament's servers, which are not on this machine: it yields to the page server.
  try {
    os.setPriority(child.pid!, 10);
  } catch {
    /* not permitted: run as is */
  }
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve({ child, ...(JSON.parse(d.toString().split('\n')[0]!) as { questionsUrl: string; membersUrl: string }) }));
    child.once('exit', (code) => reject(new Error(`the fixture server exited (${code})`)));
  });
}

/**
 * CPU seconds a process (and its main thread alone) has used, from Linux's /proc (utime + stime, in clock
 * ticks of 1/100 s); null elsewhere. The machine is shared, so CPU time is the figure that compares runs.
 */
function cpuSeconds(pid: number): { process: number; main: number } | null {
  const ticks = (file: string) => {
    const fields = readFileSync(file, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  try {
    return { process: ticks(`/proc/${pid}/stat`), main: ticks(`/proc/${pid}/task/${pid}/stat`) };
  } catch {
    return null;
  }
}

/**
 * On PostgreSQL much of the sync's work (inserts, indexes, the search triggers) is the server's: CPU seconds
 * of the server processes serving the benchmark's database, sampled every 100 ms until `stop` (a process's
 * last 100 ms before it exits are not counted). Null on SQLite, or where /proc cannot be read.
 */
function serverCpu(): { stop(): Promise<number | null> } {
  if (target.dialect !== 'postgresql') return { stop: async () => null };
  const seen = new Map<number, number>();
  const client = new pg.Client({ connectionString: target.url });
  const connected = client.connect();
  const sample = async () => {
    await connected;
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    for (const { pid } of rows) {
      const cpu = cpuSeconds(pid)?.process;
      if (cpu !== undefined) seen.set(pid, Math.max(cpu, seen.get(pid) ?? 0));
    }
  };
  let running = sample();
  const timer = setInterval(() => (running = running.then(sample).catch(() => {})), 100);
  return {
    async stop() {
      clearInterval(timer);
      await running.catch(() => {});
      await client.end().catch(() => {});
      return seen.size ? [...seen.values()].reduce((a, b) => a + b, 0) : null;
    },
  };
}

function sync(urls: { questionsUrl: string; membersUrl: string }, args: string[]): Promise<{ seconds: number; output: string; code: number | null; cpu: { process: number; main: number } | null; server: number | null }> {
  const started = performance.now();
  const server = serverCpu();
  const child = spawn(process.execPath, [...SYNC_NODE_ARGS, 'scripts/sync.ts', ...args, '--page-size', values['page-size']!], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url, PARLIAMENT_QUESTIONS_API_URL: urls.questionsUrl, PARLIAMENT_MEMBERS_API_URL: urls.membersUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  // Sampled until the process ends (the last 50 ms, its exit, are not counted).
  let cpu: { process: number; main: number } | null = null;
  const sampler = setInterval(() => (cpu = cpuSeconds(child.pid!) ?? cpu), 50);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      void server.stop().then((serverSeconds) => resolve({ seconds, output, code, cpu, server: serverSeconds }));
    }),
  );
}

const summary = (output: string) => [...output.matchAll(/created \d+, updated \d+, unchanged \d+, rejected \d+/g)].at(-1)?.[0] ?? output.trim().split('\n').at(-1);

async function readers(base: string, paths: string[], seconds: number, n: number, until: () => boolean = () => false) {
  const samples: number[] = [];
  let failures = 0;
  const fails: string[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: n }, async (_, k) => {
      for (let i = k; Date.now() < end && !until(); i += n) {
        const p = paths[i % paths.length]!;
        const t = performance.now();
        try {
          const r = await fetch(base + p, { redirect: 'manual' });
          await r.arrayBuffer();
          samples.push(performance.now() - t);
          if (r.status >= 400) {
            failures++;
            if (fails.length < 5) fails.push(`${p}: ${r.status}`);
          }
        } catch (error) {
          failures++;
          if (fails.length < 5) fails.push(`${p}: ${(error as Error).message}`);
        }
      }
    }),
  );
  return { samples, failures, fails };
}

async function main() {
  if (!values['skip-speed']) await speed();
  if (!values['skip-load']) await load();
}

async function speed() {
  await freshDatabase(target, root);

  const fixture = await startFixture(['--synthetic', String(count)]);
  try {
    console.log(`Parliament sync: ${count} synthetic questions from the fixture server into a fresh database, ${databaseLabel(target)} (page size ${values['page-size']})`);
    const first = await sync(fixture, ['--from', '2023-01-01']);
    if (first.code !== 0) throw new Error(`the sync failed:\n${first.output}`);
    console.log(`  first run:  ${first.seconds.toFixed(1)} s, ${Math.round(count / first.seconds)} questions/s end to end (CLI start-up included); ${summary(first.output)}`);
    if (first.cpu) console.log(`  CPU of the sync process: ${first.cpu.process.toFixed(1)} s = ${Math.round((first.cpu.process * 1e6) / count)} µs a question (main thread ${Math.round((first.cpu.main * 1e6) / count)} µs)`);
    if (first.server !== null) console.log(`  CPU of PostgreSQL's server processes on the database: ${first.server.toFixed(1)} s = ${Math.round((first.server * 1e6) / count)} µs a question`);
    const again = await sync(fixture, ['--from', '2023-01-01']);
    console.log(`  second run: ${again.seconds.toFixed(1)} s, ${Math.round(count / again.seconds)} questions/s; ${summary(again.output)}`);
    const inRun = first.output.match(/\((\d+) records\/s\)/)?.[1];
    if (inRun) console.log(`  (inside the run, without the process start-up: ${inRun} records/s)`);
    const longest = first.output.match(/longest batch transaction: (\d+) ms/)?.[1];
    if (longest) console.log(`  longest batch transaction: ${longest} ms`);
  } finally {
    fixture.child.kill('SIGTERM');
  }
}

async function load() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('no next build: run `npm run build` first (or --skip-load)');
  const db = createPrismaClient(target);
  const sample = await db.question.findMany({ where: { id: { in: Array.from({ length: 30 }, (_, i) => 1 + i * 997) } }, select: { house: true, uin: true, dateTabled: true } });
  const member = await db.member.findFirstOrThrow({ select: { slug: true } });
  const dept = await db.department.findFirstOrThrow({ select: { slug: true } });
  // New questions for the sync during the load (fresh ids, so --skip-speed can run again on the same database).
  const firstId = ((await db.question.aggregate({ _max: { parliamentId: true } }))._max.parliamentId ?? 0) + 1_000_000;
  await db.$disconnect();
  const paths = ['/', '/questions', '/questions?q=defence', '/questions?q=rivers+police', '/members', `/members/${member.slug}`, '/departments', `/departments/${dept.slug}`, '/timeline', '/overdue', ...sample.map((q) => questionPath(q))];
  const port = Number(values.port);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    // All readers are one client (127.0.0.1): the per-client search limit is off (bench:abuse measures it).
    env: { ...process.env, DATABASE_URL: target.url, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FAIR_SEARCHES_PER_CLIENT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const second = await startFixture(['--synthetic', String(Math.round(count / 2)), '--first-id', String(firstId), '--from-date', '2024-06-03']);
  try {
    for (let i = 0; i < 360; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const p of paths) await (await fetch(base + p)).arrayBuffer();
    const seconds = Number(values.duration);
    const n = Number(values.readers);
    const alone = await readers(base, paths, seconds, n);
    let syncDone = false;
    const running = sync(second, ['--from', '2024-06-01']).then((r) => {
      syncDone = true;
      return r;
    });
    // Readers while the sync writes (until it ends or `duration` is up).
    await new Promise((r) => setTimeout(r, 1500)); // past the CLI's start-up, into the writes
    const busy = await readers(base, paths, seconds, n, () => syncDone);
    const during = await running;
    console.log(`\nPage loads by ${n} readers (${paths.length} pages in turn) on the synced database`);
    console.log('                                   loads    p50      p95      p99   failed');
    const row = (label: string, r: Awaited<ReturnType<typeof readers>>) =>
      console.log(`  ${label.padEnd(31)} ${String(r.samples.length).padStart(6)}  ${ms(percentile(r.samples, 50))}   ${ms(percentile(r.samples, 95))}   ${ms(percentile(r.samples, 99))}   ${r.failures}`);
    row('readers alone', alone);
    row('readers while the sync writes', busy);
    console.log(`  the sync meanwhile: ${Math.round(count / 2)} new questions in ${during.seconds.toFixed(1)} s (${Math.round(count / 2 / during.seconds)}/s); ${summary(during.output)}; ${during.output.match(/longest batch transaction: \d+ ms/)?.[0] ?? ''}`);
    const p99 = percentile(busy.samples, 99);
    console.log(`  target readers' p99 <= 300 ms during the sync, none failed: ${p99 <= 300 && busy.failures === 0 ? 'met' : 'NOT met'}`);
    for (const f of [...alone.fails, ...busy.fails]) console.log(`  failure: ${f}`);
  } finally {
    second.child.kill('SIGTERM');
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
