import { expect, test } from '@playwright/test';

// The production server (scripts/serve.ts) in front of Next: the address check and the page cache.

test('an address with a broken percent-escape gets a 400 page, not a server error', async ({ page }) => {
  for (const path of ['/members/%E0%A4%A', '/questions/%', '/topics/%zz']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    await expect(page.getByRole('heading', { level: 1, name: 'This address is not valid' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Written questions' })).toBeVisible();
});

test('a repeated search is served from the page cache, identical to the first answer but for its nonce', async ({ request }) => {
  // A search no other test runs, so the first answer here is the one that fills the cache.
  const url = '/questions?q=Paris+E5&sort=dateTabled&size=25';
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-answerable-cache']).toBe('miss');
  // Each answer has a CSP nonce of its own (a replay gets a fresh one): compare the pages without it.
  const withoutNonce = async (response: typeof first) => {
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    return (await response.text()).replaceAll(nonce!, 'NONCE');
  };
  const firstHtml = await withoutNonce(first);
  expect(firstHtml).toContain('DEMO-0001');

  // One cache per server process: ask until both processes have answered from theirs.
  let hits = 0;
  for (let i = 0; i < 6; i++) {
    const again = await request.get(url);
    if (again.headers()['x-answerable-cache'] === 'hit') {
      hits++;
      expect(await withoutNonce(again)).toBe(firstHtml);
    }
  }
  expect(hits).toBeGreaterThanOrEqual(4);
});

test('pages served from the cache still work in the browser: search and client navigation', async ({ page }) => {
  const morello = 'a[href="/questions/commons/2025-03-13/DEMO-0001"]';
  const searchBox = page.getByRole('searchbox', { name: 'Search questions and answers' });
  await page.goto('/questions?q=%22joint+production%22');
  const cached = await page.goto('/questions?q=%22joint+production%22');
  expect(await cached?.headerValue('x-answerable-cache')).toMatch(/hit|miss/);
  await expect(page.getByRole('table', { name: 'Written questions' }).locator(morello)).toHaveCount(1);
  await searchBox.fill('E5');
  await searchBox.press('Enter');
  await expect(page).toHaveURL(/q=E5/);
  await expect(page.getByRole('table', { name: 'Written questions' }).locator(morello)).toHaveCount(1);
  await page.goBack();
  await expect(searchBox).toHaveValue('"joint production"');
  await page.locator(morello).first().click();
  await expect(page).toHaveURL(/DEMO-0001$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
