import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { openApiValidator } from '../test/api/openapi-validator';
import { expectNoAxeViolations } from './fixtures/axe';
import { E2E_DATABASE_URL } from './fixtures/e2e-db';
import { DEMO } from './fixtures/staff';

/**
 * The public JSON API on the production server (scripts/serve.ts, one process per core, page cache on):
 * every endpoint and its errors against the OpenAPI document the server publishes, CORS, conditional
 * requests, JSON for unknown routes and broken addresses, the reference page; then a second server
 * with two processes, sign-in required and a low limit, for the sign-in gate and the shared rate limit.
 */
type Doc = { paths: Record<string, unknown> };
let doc: Doc;
let validator: ReturnType<typeof openApiValidator>;

test.beforeAll(async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  doc = await response.json();
  validator = openApiValidator(doc as unknown as Record<string, unknown>);
});

async function checked(request: APIRequestContext, template: string, filled: string, headers: Record<string, string> = {}) {
  const response = await request.get(`/api/v1${filled}`, { headers });
  const body = response.status() === 304 ? null : await response.json();
  expect(validator.check(template, response.status(), body), `${filled} → ${response.status()}`).toEqual([]);
  return { response, body };
}

test.describe('the JSON API', () => {
  test('answers every documented endpoint, and its errors, as the OpenAPI document says', async ({ request }) => {
    const first = async (list: string) => (await checked(request, list, `${list}?limit=1`)).body.data[0];
    const question = await first('/questions');
    const member = await first('/members');
    const department = await first('/departments');
    const meeting = await first('/meetings');
    const coverage = await first('/coverage');
    const topic = await first('/topics');
    const fill: Record<string, string> = {
      '/questions/{id}': `/questions/${question.id}`,
      '/members/{slug}': `/members/${member.slug}`,
      '/members/{slug}/timeline': `/members/${member.slug}/timeline?order=oldest&limit=3`,
      '/departments/{slug}': `/departments/${department.slug}`,
      '/departments/{slug}/timeline': `/departments/${department.slug}/timeline?kind=answered`,
      '/meetings/{id}': `/meetings/${meeting.id}`,
      '/coverage/{id}': `/coverage/${coverage.id}`,
      '/topics/{slug}': `/topics/${topic.slug}`,
      '/topics/{slug}/timeline': `/topics/${topic.slug}/timeline`,
      '/questions': '/questions?q=defence&status=answered&sort=dateAnswered&limit=5',
    };
    for (const template of Object.keys(doc.paths)) {
      const { response } = await checked(request, template, fill[template] ?? template);
      expect(response.status(), template).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      expect(response.headers()['x-answerable-cache']).toBeUndefined(); // never from the page cache
    }
    // A question's full record: versions, meetings, coverage and the timeline.
    const seed = (await checked(request, '/questions', '/questions?q=uin:DEMO-0001')).body.data[0];
    const full = (await checked(request, '/questions/{id}', `/questions/${seed.id}`)).body;
    expect(full.answers.length).toBeGreaterThan(0);
    expect(full.meetings.length).toBeGreaterThan(0);
    expect(full.coverage.length).toBeGreaterThan(0);
    expect(full.timeline.length).toBeGreaterThan(2);

    const errors: [string, string, number, string][] = [
      ['/questions', '/questions?status=lost', 400, 'invalid_parameter'],
      ['/questions', '/questions?limit=500', 400, 'invalid_parameter'],
      ['/questions', '/questions?cursor=xyz', 400, 'invalid_cursor'],
      ['/questions', '/questions?page=3', 400, 'invalid_parameter'],
      ['/questions/{id}', '/questions/0', 400, 'invalid_parameter'],
      ['/questions/{id}', '/questions/99999999', 404, 'not_found'],
      ['/members/{slug}', '/members/Not%20A%20Slug', 400, 'invalid_parameter'],
      ['/meetings', '/meetings?from=yesterday', 400, 'invalid_parameter'],
      ['/timeline', '/timeline?kind=party', 400, 'invalid_parameter'],
    ];
    for (const [template, filled, status, code] of errors) {
      const { response, body } = await checked(request, template, filled);
      expect(response.status(), filled).toBe(status);
      expect(body.error.code, filled).toBe(code);
    }
  });

  test('answers unknown routes, other methods and broken addresses with JSON errors, never HTML', async ({ request }) => {
    const root = await request.get('/api/v1');
    expect(root.status()).toBe(200);
    expect((await root.json()).endpoints).toContain('/api/v1/questions');
    for (const [method, url, status, code] of [
      ['GET', '/api/v1/nothing-here', 404, 'not_found'],
      ['GET', '/api/v1/questions/1/nothing', 404, 'not_found'],
      ['POST', '/api/v1/questions', 405, 'method_not_allowed'],
      ['DELETE', '/api/v1/members', 405, 'method_not_allowed'],
      ['GET', '/api/v1/members/%E0%A4%A', 400, 'invalid_parameter'],
    ] as const) {
      const response = await request.fetch(url, { method });
      expect(response.status(), `${method} ${url}`).toBe(status);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect((await response.json()).error.code).toBe(code);
    }
  });

  test('lets other sites read it (CORS) and answers conditional requests with 304', async ({ request }) => {
    const preflight = await request.fetch('/api/v1/questions?q=defence', {
      method: 'OPTIONS',
      headers: { Origin: 'https://researcher.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
    expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
    expect(preflight.headers()['access-control-allow-headers']).toMatch(/if-none-match/i);

    const first = await request.get('/api/v1/questions?q=defence&limit=3', { headers: { Origin: 'https://researcher.example' } });
    expect(first.headers()['access-control-allow-origin']).toBe('*');
    expect(first.headers()['access-control-expose-headers']).toMatch(/ETag/);
    const etag = first.headers().etag!;
    const modified = first.headers()['last-modified']!;
    expect(etag).toBeTruthy();
    expect((await request.get('/api/v1/questions?q=defence&limit=3', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
    expect((await request.get('/api/v1/questions?q=defence&limit=3', { headers: { 'If-Modified-Since': modified } })).status()).toBe(304);
    expect((await request.get('/api/v1/questions?q=defence&limit=4', { headers: { 'If-None-Match': etag } })).status()).toBe(200);
    const head = await request.head('/api/v1/questions?q=defence&limit=3');
    expect(head.status()).toBe(200);
    expect(head.headers().etag).toBe(etag);
  });

  test('has a readable reference page on a desktop and a phone', async ({ page }) => {
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto('/api/docs');
      await expect(page.getByRole('heading', { level: 1, name: 'Answerable API' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'GET /api/v1/questions', exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: '/api/v1/openapi.json' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name}: no sideways scrolling`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/work/helper-notes/shots/api/docs-${name}.png` });
      await page.getByRole('link', { name: 'QuestionSummary' }).first().click();
      await expect(page.getByRole('heading', { name: 'QuestionSummary', exact: true })).toBeInViewport();
      await page.screenshot({ path: `/work/helper-notes/shots/api/docs-${name}-schema.png` });
    }
    await expectNoAxeViolations(page);
  });
});

/** A second production server: two processes, sign-in required, 6 API requests a minute per address. */
test.describe('the JSON API on a two-process, sign-in-only server', () => {
  test.describe.configure({ mode: 'serial' });
  const port = Number(process.env.E2E_PORT ?? 3100) + 1000;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = spawn('node', ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1', '--workers', '2'], {
      cwd: process.cwd(),
      // Behind a proxy, so its specs' requests count under an address of their own (get() below).
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, SIGN_IN_REQUIRED: 'true', API_RATE_LIMIT: '6', API_RATE_LIMIT_WINDOW_S: '60', NEXT_TELEMETRY_DISABLED: '1', TRUST_PROXY: 'true' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 120; i++) {
      if (await get('/login').then((r) => r.status === 200, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the second server did not start');
  });
  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  /**
   * A request on a new connection each time, so the cluster hands them to either process, from an
   * address of this block's own (X-Forwarded-For, which this server trusts): on PostgreSQL the API's
   * count is shared with every app server on the database, the e2e server's requests from 127.0.0.1 included.
   */
  function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.get(`${base}${url}`, { agent: false, headers: { Connection: 'close', 'X-Forwarded-For': '203.0.113.77', ...headers } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
    });
  }

  test('refuses signed-out scripts with a JSON 401 and leaks nothing', async () => {
    for (const url of ['/api/v1/questions', '/api/v1/openapi.json', '/api/v1/nothing-here']) {
      const response = await get(url);
      expect(response.status, url).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(response.body).error.code).toBe('unauthorized');
    }
    // A made-up session cookie gets past the proxy's quick check, not past the handler's.
    const forged = await get('/api/v1/questions', { Cookie: 'answerable.session_token=forged' });
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.body).error.code).toBe('unauthorized');
  });

  test('holds one rate limit per address across both processes, answering 429 with Retry-After', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email address').fill(DEMO.viewer.email);
    await page.getByLabel('Password').fill(DEMO.viewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible({ timeout: 20_000 });
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    await context.close();

    const statuses: number[] = [];
    const remaining: number[] = [];
    let refused: Awaited<ReturnType<typeof get>> | null = null;
    for (let i = 0; i < 12; i++) {
      const response = await get('/api/v1/departments', { Cookie: cookie });
      statuses.push(response.status);
      if (response.status === 200) {
        remaining.push(Number(response.headers['x-ratelimit-remaining']));
        expect(response.headers['cache-control']).toBe('private, no-cache'); // one reader's answer: no shared cache keeps it
      }
      if (response.status === 429) refused = response;
    }
    // Counted per process, two processes would allow about 12 (and each count down on its own); one
    // shared count allows 6 from this address in the window (the signed-out requests above used some),
    // counting down by one whichever process answered.
    const allowed = statuses.filter((s) => s === 200).length;
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThanOrEqual(6);
    expect(statuses.slice(0, allowed).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(allowed).every((s) => s === 429)).toBe(true);
    expect(remaining).toEqual(remaining.map((_, i) => allowed - 1 - i));
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused!.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(refused!.body).error.code).toBe('rate_limited');
  });
});
