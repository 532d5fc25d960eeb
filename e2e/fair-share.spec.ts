import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dbTaskOn } from './fixtures/e2e-db';
import { ownDatabase } from './fixtures/own-database';

// Fair sharing on the production server as `npm start` runs it (two serving processes, limits counted in
// the primary), behind a reverse proxy (TRUST_PROXY=true: each test client names itself in
// X-Forwarded-For), without DIAGNOSTIC_HEADERS, on a database of its own in which one answer is
// 36 MB long, more than loopback's socket buffers hold: an export then cannot finish while its client
// is not reading (as a large export to a slow client would not), and stays under way as long as needed.
const port = Number(process.env.E2E_PORT ?? 3100) + 8;
const base = `http://127.0.0.1:${port}`;
let dir: string;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-fair-'));
  const databaseUrl = ownDatabase('fair', dir);
  // Every version of one question's answer, so the export's answer_text (its latest) is the long one.
  expect(dbTaskOn(databaseUrl, 'lengthenNewestAnswer', 4_000_000)).toBe(36_000_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    TRUST_PROXY: 'true',
    FAIR_EXPORTS_PER_CLIENT: '1',
    FAIR_EXPORTS_SITE: '2',
  };
  delete env.DIAGNOSTIC_HEADERS;
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1', '--workers', '2'], { env, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(base + '/').catch(() => null))?.status ?? 0, { timeout: 90_000 }).toBe(200);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((resolve) => server?.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  request: http.ClientRequest;
}

/**
 * A GET from `client` on a connection of its own (so either server process may take it). A download is
 * left unread after its first bytes, its response still open; anything else is read to the end.
 */
function get(client: string, p: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(base + p, { agent: false, headers: { 'x-forwarded-for': client } }, (response) => {
      const answer: Answer = { status: response.statusCode!, headers: response.headers, body: '', request };
      const download = response.statusCode === 200 && /attachment/.test(String(response.headers['content-disposition']));
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        answer.body += chunk;
        if (download) {
          response.pause(); // stop reading: the export stays under way
          resolve(answer);
        }
      });
      response.on('end', () => resolve(answer));
    });
    request.on('error', reject);
  });
}

test("a client's second export at once is refused with 429 and Retry-After, while other readers get pages", async () => {
  const mine = await get('198.51.100.1', '/questions/export.csv');
  expect(mine.status).toBe(200);
  // Several times, so that both server processes are asked: the count is one count for the site.
  for (let i = 0; i < 4; i++) {
    const again = await get('198.51.100.1', i % 2 ? '/questions/export.json' : '/questions/export.csv?house=commons');
    expect(again.status).toBe(429);
    expect(again.headers['retry-after']).toBe('10');
    expect(again.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(again.body).toContain('You already have an export under way');
  }
  // Another reader meanwhile: pages, searches, and an export of their own.
  for (const p of ['/', '/questions?q=defence', '/members']) {
    const started = Date.now();
    const page = await get('198.51.100.2', p);
    expect(page.status, p).toBe(200);
    // Not held behind the stalled downloads (which never end): a bound loose enough for a loaded CI machine.
    expect(Date.now() - started, p).toBeLessThan(15_000);
  }
  const theirs = await get('198.51.100.2', '/questions/export.csv');
  expect(theirs.status).toBe(200);
  // Two exports are under way: the site's cap. A third client waits its turn.
  const third = await get('198.51.100.3', '/questions/export.json');
  expect(third.status).toBe(429);
  expect(third.body).toContain('The site is already making as many exports as it makes at once (2)');
  // The first client gives up its download: its place is free again, for anyone.
  mine.request.destroy();
  await expect.poll(async () => {
    const retry = await get('198.51.100.3', '/questions/export.json');
    retry.request.destroy();
    return retry.status;
  }, { timeout: 10_000 }).toBe(200);
  theirs.request.destroy();
});

test('without DIAGNOSTIC_HEADERS no answer says whether it came from the page cache', async () => {
  for (const p of ['/', '/', '/questions?q=Paris', '/questions?q=Paris', '/questions/export.csv?q=Paris']) {
    const answer = await get('198.51.100.4', p);
    expect(answer.status, p).toBe(200);
    expect(answer.headers['x-answerable-cache'], p).toBeUndefined();
    answer.request.destroy();
  }
});
