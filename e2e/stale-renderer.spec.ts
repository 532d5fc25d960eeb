import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dbTaskOn } from './fixtures/e2e-db';
import { ownDatabase } from './fixtures/own-database';

// Stale while revalidating on the production server as `npm start` runs it (two serving processes and
// the renderer process, PAGE_CACHE_STALE_S on), on a database of its own (own-database.ts; on PostgreSQL
// the change reaches the server through its change signal's NOTIFY): after a change, a reader
// gets the page as it was at once, and the renderer's fresh copy soon after; the renderer is replaced
// if it dies. The shared e2e server runs with the stale time off, so this spec starts its own.
const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const base = `http://127.0.0.1:${port}`;
let dir: string;
let databaseUrl: string;
let server: ChildProcess;
let log = '';

test.describe.configure({ mode: 'serial' });
// Each test may wait for a renderer to start and a page to refresh on a loaded machine.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  // Three processes loading the app while other specs start servers too: more than the 30 s a hook gets by default.
  test.setTimeout(90_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-stale-'));
  databaseUrl = ownDatabase('stale', dir);
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1', '--workers', '2'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PAGE_CACHE_STALE_S: '40', DIAGNOSTIC_HEADERS: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(async () => (await fetch(base + '/').catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((resolve) => server?.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A demo question's id and heading (the spec changes its heading). */
const demoQuestion = () => dbTaskOn(databaseUrl, 'newestDemoQuestion');

const setHeading = (id: number, heading: string) => dbTaskOn(databaseUrl, 'setQuestionHeading', id, heading);

async function load(p: string): Promise<{ cache: string | null; text: string }> {
  const response = await fetch(base + p);
  return { cache: response.headers.get('x-answerable-cache'), text: await response.text() };
}

/** The renderer: the primary's child at a lower CPU priority. */
function rendererPid(): number | null {
  const ps = spawnSync('ps', ['-o', 'pid=,ni=', '--ppid', String(server.pid)], { encoding: 'utf8' });
  const line = ps.stdout.split('\n').find((l) => l.trim().split(/\s+/)[1] === '10');
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

async function expectRefreshed(heading: string): Promise<void> {
  // Served at once, possibly as it was; the fresh copy arrives from the renderer within seconds, well
  // inside the stale time (after which a reader would wait for a render instead).
  await expect.poll(async () => (await load('/questions')).text.includes(heading), { timeout: 30_000, intervals: [200] }).toBe(true);
  expect((await load('/questions')).cache).toBe('hit');
}

test('after a change, readers get the page as it was at once and the fresh page from the renderer soon after', async () => {
  expect(log).toContain('one rendering out-of-date pages');
  const question = demoQuestion();
  for (let i = 0; i < 4; i++) await load('/questions'); // cached in both serving processes
  expect((await load('/questions')).cache).toBe('hit');
  const changed = `${question.heading} (changed while readers read)`;
  setHeading(question.id, changed);
  const first = await load('/questions');
  expect(first.cache).toBe('stale');
  expect(first.text).not.toContain(changed);
  await expectRefreshed(changed);
  setHeading(question.id, question.heading);
});

test('a renderer that dies is replaced, and pages still refresh', async () => {
  const pid = rendererPid();
  expect(pid).not.toBeNull();
  process.kill(pid!, 'SIGKILL');
  await expect.poll(() => rendererPid() ?? pid, { timeout: 30_000 }).not.toBe(pid);
  const question = demoQuestion();
  await load('/questions');
  const changed = `${question.heading} (after the renderer restarted)`;
  setHeading(question.id, changed);
  await load('/questions');
  await expectRefreshed(changed);
});
