/**
 * The load part of `npm run bench:write` (scripts/bench/write.ts says what it measures): the production
 * server on the benchmark database, readers loading pages alone and then beside editors saving answers
 * through the log-an-answer Server Action over HTTP. Talks only to 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDate, londonToday } from '../../lib/dates';
import type { DatabaseTarget } from '../../lib/db/database-url';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { createAccount } from '../../server/users/accounts';
import { openBenchWrite } from './bench-write-target';
import { ANSWER_HTML, ms, percentile, type Target } from './write-common';

// ---- load: readers beside editors, over HTTP against the production server ----

/** What the load part is told by the command line (scripts/bench/write.ts). */
export interface LoadOptions {
  root: string;
  target: DatabaseTarget;
  port: number;
  seconds: number;
  readers: number;
  editors: number;
  workers?: string;
  build: boolean;
  noCache: boolean;
}

let base = '';

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within 3 minutes');
}

/** Server Action ids by `file#export`, from the build's manifest. */
function actionIds(root: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return new Map(Object.entries(manifest.node).map(([id, e]) => [`${e.filename}#${e.exportedName}`, id]));
}

/** Calls a form's Server Action as React does: (previous state, FormData). */
async function callAction(url: string, actionId: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  // React's reply encoding: the FormData's entries as `_1_<name>` first, then the arguments as field 0,
  // which refers to them ($K1); the server reads the multipart body in order.
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append('0', '[{"status":"idle"},"$K1"]');
  return fetch(`${base}${url}`, { method: 'POST', body, redirect: 'manual', headers: { 'Next-Action': actionId, Accept: 'text/x-component', Origin: base, ...(cookie ? { Cookie: cookie } : {}) } });
}

const BENCH_EDITOR_PASSWORD = 'bench-editor-password';

async function ensureEditors(target: DatabaseTarget, count: number): Promise<string[]> {
  const prisma = createPrismaClient(target);
  const emails: string[] = [];
  for (let i = 1; i <= count; i++) {
    const email = `bench-editor-${i}@bench.answerable.example`;
    emails.push(email);
    if (!(await prisma.user.findUnique({ where: { email } }))) {
      await prisma.$transaction((tx) => createAccount(tx, { email, name: `Bench Editor ${i}`, role: 'editor', password: BENCH_EDITOR_PASSWORD }, { id: null, name: 'bench:write' }));
    }
  }
  await prisma.$disconnect();
  return emails;
}

interface Phase {
  readers: number[];
  readerFailures: number;
  saves: number[];
  saveFailures: number;
  failureSamples: string[];
  /** Each reader's load with the page cache's verdict (hit, stale, miss), to say where the slow ones come from. */
  loads: { path: string; ms: number; cache: string }[];
}

async function runPhase(seconds: number, readerCount: number, editors: { cookie: string }[], readPaths: string[], targets: Target[], logAnswerId: string): Promise<Phase> {
  const phase: Phase = { readers: [], readerFailures: 0, saves: [], saveFailures: 0, failureSamples: [], loads: [] };
  const until = Date.now() + seconds * 1000;
  const fail = (what: string) => phase.failureSamples.length < 5 && phase.failureSamples.push(what);
  let next = 0;
  const reader = async (n: number) => {
    for (let i = n; Date.now() < until; i += readerCount) {
      const p = readPaths[i % readPaths.length]!;
      const started = performance.now();
      try {
        const response = await fetch(`${base}${p}`, { redirect: 'manual' });
        await response.arrayBuffer();
        const took = performance.now() - started;
        phase.readers.push(took);
        phase.loads.push({ path: p, ms: took, cache: response.headers.get('x-answerable-cache') ?? 'none' });
        if (response.status >= 400) {
          phase.readerFailures++;
          fail(`GET ${p}: ${response.status}`);
        }
      } catch (error) {
        phase.readerFailures++;
        fail(`GET ${p}: ${(error as Error).message}`);
      }
    }
  };
  const editor = async (e: { cookie: string }) => {
    const answeredOn = formatDate(londonToday());
    while (Date.now() < until) {
      const t = targets[next++ % targets.length]!;
      const started = performance.now();
      try {
        const response = await callAction(`${t.path}/answers/new`, logAnswerId, { questionId: String(t.id), kind: 'substantive', answeringMember: t.memberSlug, answeredOn, html: ANSWER_HTML }, e.cookie);
        const text = await response.text();
        phase.saves.push(performance.now() - started);
        // Saved: the action redirects to the new version (303 with the RSC redirect header).
        if (!(response.status === 303 || response.headers.get('x-action-redirect'))) {
          phase.saveFailures++;
          fail(`save ${t.path}: ${response.status} ${text.slice(0, 200)}`);
        }
      } catch (error) {
        phase.saveFailures++;
        fail(`save ${t.path}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all([...Array.from({ length: readerCount }, (_, n) => reader(n)), ...editors.map(editor)]);
  return phase;
}

export async function benchLoad(o: LoadOptions): Promise<void> {
  const { root, target, port, seconds } = o;
  const readerCount = o.readers;
  const editorCount = o.editors;
  base = `http://127.0.0.1:${port}`;
  if (o.build || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const built = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) throw new Error('next build failed');
  }
  const emails = await ensureEditors(target, editorCount);
  const bench = openBenchWrite(target);
  const targets = await bench.pickTargets(5000);
  const questionPages = targets.slice(4000, 4040).map((t) => t.path);
  await bench.close();
  const readPaths = ['/', '/questions', '/questions?q=defence', '/questions?q=broadband+rural', '/members', '/departments', '/departments/ministry-of-defence', '/timeline', '/overdue', '/topics', ...questionPages];

  // x-answerable-cache on (the phases count cache answers); readers are all one client (127.0.0.1), so
  // the per-client search limit is off (bench:abuse measures it).
  const env = { ...process.env, DATABASE_URL: target.url, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const, DIAGNOSTIC_HEADERS: '1', FAIR_SEARCHES_PER_CLIENT: '0', ...(o.workers ? { WEB_CONCURRENCY: o.workers } : {}), ...(o.noCache ? { PAGE_CACHE_MB: '0' } : {}) };
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForServer(server);
    const ids = actionIds(root);
    const signInId = ids.get('server/actions/auth.ts#signIn');
    const logAnswerId = ids.get('server/actions/answers.ts#logAnswer');
    if (!signInId || !logAnswerId) throw new Error('the build has no signIn or logAnswer action: rebuild with --build');
    const editors: { cookie: string }[] = [];
    for (const email of emails) {
      const response = await callAction('/login', signInId, { email, password: BENCH_EDITOR_PASSWORD, next: '/' });
      const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      if (!cookie.includes('session_token')) throw new Error(`could not sign in ${email} (${response.status})`);
      editors.push({ cookie });
    }
    // Warm every page once (the first render of each route compiles nothing in production, but fills caches).
    for (const p of readPaths) await (await fetch(`${base}${p}`)).arrayBuffer();

    console.log(`\nPage loads by ${readerCount} readers, ${seconds} s each phase (${readPaths.length} pages in turn)`);
    const alone = await runPhase(seconds, readerCount, [], readPaths, targets.slice(0, 4000), logAnswerId);
    const busy = await runPhase(seconds, readerCount, editors, readPaths, targets.slice(0, 4000), logAnswerId);
    console.log('                                    loads    p50      p95      p99   failed');
    const row = (label: string, p: Phase) =>
      console.log(`  ${label.padEnd(32)} ${String(p.readers.length).padStart(6)}  ${ms(percentile(p.readers, 50))}   ${ms(percentile(p.readers, 95))}   ${ms(percentile(p.readers, 99))}   ${p.readerFailures}`);
    row('readers alone', alone);
    row(`readers + ${editorCount} editors saving`, busy);
    console.log(`  editors' saves: ${busy.saves.length} (${(busy.saves.length / seconds).toFixed(1)}/s), p50 ${ms(percentile(busy.saves, 50))} ms, p95 ${ms(percentile(busy.saves, 95))} ms, failed ${busy.saveFailures}`);
    const p99 = percentile(busy.readers, 99);
    console.log(`  target readers' p99 <= 300 ms with editors and no failures: ${p99 <= 300 && busy.readerFailures === 0 && busy.saveFailures === 0 ? 'met' : 'NOT met'}`);
    const states = [...new Set(busy.loads.map((l) => l.cache))].sort();
    for (const state of states) {
      const times = busy.loads.filter((l) => l.cache === state).map((l) => l.ms);
      console.log(`  with editors, cache ${state.padEnd(6)} ${String(times.length).padStart(6)} loads, p50 ${ms(percentile(times, 50))} ms, p99 ${ms(percentile(times, 99))} ms`);
    }
    const slowest = [...busy.loads].sort((a, b) => b.ms - a.ms).slice(0, 8);
    console.log(`  slowest with editors: ${slowest.map((l) => `${l.path} ${ms(l.ms).trim()} ms (${l.cache})`).join(', ')}`);
    for (const s of [...alone.failureSamples, ...busy.failureSamples]) console.log(`  failure: ${s}`);
  } finally {
    server.kill('SIGTERM');
  }
}
