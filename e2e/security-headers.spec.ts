import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';

// Every page carries a nonce-based Content-Security-Policy and the usual security headers, Chromium
// reports no violation of it, and the pages' scripts still run (proxy.ts, lib/http/security-headers.ts;
// pages replayed by the server's page cache get a fresh nonce each: lib/http/nonce-replay.ts).

const MORELLO = '/questions/commons/2025-03-13/DEMO-0001';
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search questions and answers' });

type Headers = Record<string, string>;

function nonceIn(headers: Headers): string {
  const policy = headers['content-security-policy'] ?? '';
  const scripts = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1];
  expect(nonce, `a script nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

function expectSecurityHeaders(headers: Headers, what: string): void {
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], what).toContain("object-src 'none'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(headers['strict-transport-security'], `${what}: no HSTS over plain http`).toBeUndefined();
}

/** Records CSP violations the page reports, as events and as console errors. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...consoleErrors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

/**
 * Every script the server sent carries the response's nonce, and so does every inline script on the
 * page (Chromium hides a nonce from attributes, not from `.nonce`). Scripts that Next's runtime adds
 * later by URL need none: 'strict-dynamic' trusts what a nonced script loads.
 */
async function expectScriptsNonced(page: Page, response: Response | null, what: string): Promise<void> {
  const nonce = nonceIn(await response!.allHeaders());
  const sent = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(sent.length, what).toBeGreaterThan(0);
  for (const tag of sent) expect(tag, what).toContain(`nonce="${nonce}"`);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => (s as HTMLScriptElement).nonce));
  expect(new Set(inline), what).toEqual(new Set([nonce]));
}

async function firstLink(page: Page, list: string, prefix: string): Promise<string> {
  await page.goto(list);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  expect(href, `a link to ${prefix}… on ${list}`).toBeTruthy();
  return href!;
}

test('every main page sends the headers and runs its scripts with no CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  const meeting = await firstLink(page, '/meetings', '/meetings/');
  const coverage = await firstLink(page, '/coverage', '/coverage/');
  const violations = await watchViolations(page);
  const pages: [string, number][] = [
    ['/', 200],
    ['/questions?q=Paris', 200],
    [MORELLO, 200],
    ['/members', 200],
    ['/members/maria-eagle', 200],
    ['/departments', 200],
    ['/departments/ministry-of-defence', 200],
    ['/meetings', 200],
    [meeting, 200],
    ['/coverage', 200],
    [coverage, 200],
    ['/topics', 200],
    ['/topics/european-defence-cooperation', 200],
    ['/timeline', 200],
    ['/overdue', 200],
    ['/no-such-page', 404],
    ['/questions?status=nonsense', 400],
  ];
  for (const [path, status] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    expectSecurityHeaders(await response!.allHeaders(), path);
    await expectScriptsNonced(page, response, path);
    await page.waitForLoadState('load');
  }
  expect(await violations()).toEqual([]);
});

test('the questions table still sorts and searches on the client, from a cached page too', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/questions?size=25');
  const response = await page.goto('/questions?size=25'); // the second load is usually a cache replay
  expectSecurityHeaders(await response!.allHeaders(), 'questions');
  await expectScriptsNonced(page, response, 'questions');

  await page.getByRole('button', { name: 'UIN', exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=uin&dir=asc/);
  await expect(page.getByRole('columnheader', { name: 'UIN' })).toHaveAttribute('aria-sort', 'ascending');

  await searchBox(page).fill('E5');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/[?&]q=E5/);
  await expect(page.getByRole('table', { name: 'Written questions' }).locator(`a[href="${MORELLO}"]`)).toHaveCount(1);
  await page.locator(`a[href="${MORELLO}"]`).first().click(); // client-side navigation loads more scripts
  await expect(page).toHaveURL(new RegExp(`${MORELLO}$`));
  expect(await violations()).toEqual([]);
});

test('two cached answers of the same page carry different nonces, each matching its own header', async ({ request }) => {
  const url = '/questions?q=defence&size=25';
  const answers: APIResponse[] = [];
  for (let i = 0; i < 8; i++) answers.push(await request.get(url));
  const hits = answers.filter((a) => a.headers()['x-answerable-cache'] === 'hit');
  expect(hits.length).toBeGreaterThanOrEqual(2); // one cache per server process
  const nonces: string[] = [];
  for (const hit of hits) {
    const headers = hit.headers();
    expectSecurityHeaders(headers, 'cached page');
    const nonce = nonceIn(headers);
    const html = await hit.text();
    const inBody = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((m) => m[1]);
    expect(inBody.length).toBeGreaterThan(0);
    expect(new Set(inBody)).toEqual(new Set([nonce]));
    // Next repeats the nonce in its stylesheet preload header: replays must change it there too.
    for (const repeated of (headers.link ?? '').matchAll(/nonce="([^"]+)"/g)) expect(repeated[1]).toBe(nonce);
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

test("route handlers, Next's assets and the server's own 400 page carry the headers too", async ({ request, page }) => {
  const suggest = await request.get('/api/suggest?kind=member&q=eag');
  expect(suggest.status()).toBe(200);
  expectSecurityHeaders(suggest.headers(), '/api/suggest');
  const badSuggest = await request.get('/api/suggest?kind=nonsense&q=x');
  expect(badSuggest.status()).toBe(400);
  expectSecurityHeaders(badSuggest.headers(), '/api/suggest 400');
  const csv = await request.get('/questions/export.csv?q=Paris');
  expect(csv.status()).toBe(200);
  expectSecurityHeaders(csv.headers(), 'export.csv');
  const malformed = await request.get('/members/%E0%A4%A');
  expect(malformed.status()).toBe(400);
  expectSecurityHeaders(malformed.headers(), 'malformed address');

  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
});
