import { expect, test } from '@playwright/test';
import { signIn } from './fixtures/staff';

// Signed-in pages are rendered for the person who asked and never stored in the production server's page
// cache; a reader who is not signed in never sees an editor's controls, whoever opened the page before.
test('an editor’s page is never served to a signed-out reader, and readers see no editing controls', async ({ page, browser, baseURL }) => {
  const path = '/topics';
  const reader = await browser.newContext();
  const anonymous = await reader.newPage();

  // A reader's visit fills the cache; the editor then gets a fresh render with their controls.
  await anonymous.goto(path);
  await signIn(page, 'editor', path);
  await page.goto(path);
  await expect(page.getByRole('link', { name: 'Work queue' })).toBeVisible();

  for (let i = 0; i < 2; i++) {
    const response = await anonymous.goto(path);
    expect(response?.status()).toBe(200);
    await expect(anonymous.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(anonymous.getByRole('link', { name: 'Work queue' })).toHaveCount(0);
    await expect(anonymous.getByRole('group', { name: 'Editing' })).toHaveCount(0);
  }

  // The same address fetched with the editor's cookie is never a cache hit, and without it never the editor's page.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const withCookie = await page.request.get(`${baseURL}${path}`, { headers: { Cookie: cookie } });
  expect(withCookie.headers()['x-answerable-cache']).toBeUndefined();
  expect(await withCookie.text()).toContain('Work queue');
  const without = await reader.request.get(`${baseURL}${path}`);
  expect(await without.text()).not.toContain('Work queue');
  await reader.close();
});

test('signing out ends the session: the old cookie no longer grants anything', async ({ page, baseURL }) => {
  await signIn(page, 'editor', '/topics/new');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  expect((await page.request.get(`${baseURL}/topics/new`, { headers: { Cookie: cookie } })).status()).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  // The session row is gone: replaying the stolen cookie is refused.
  const replay = await page.request.get(`${baseURL}/topics/new`, { headers: { Cookie: cookie } });
  expect(replay.status()).toBe(401);
});

test('the session cookie is HTTP-only and same-site', async ({ page }) => {
  await signIn(page, 'viewer');
  const session = (await page.context().cookies()).find((c) => c.name.includes('session_token'));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
});

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
  const attempt = async (email: string) => {
    await page.goto('/login');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const message = page.getByText('do not match an account');
    await expect(message).toBeVisible({ timeout: 20_000 });
    // What was typed is kept; the password is not.
    await expect(page.getByLabel('Email address')).toHaveValue(email);
    await expect(page.getByLabel('Password')).toHaveValue('');
    return message.textContent();
  };
  const known = await attempt('viewer@demo.answerable.example');
  const unknown = await attempt('nobody-here@demo.answerable.example');
  expect(known).toBe(unknown);
});
