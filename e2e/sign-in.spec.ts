import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { signIn } from './fixtures/staff';

test('the sign-in form is accessible, and so is its error state', async ({ page }) => {
  await page.goto('/login');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('signing in returns to the page asked for, and never to another site', async ({ page }) => {
  await signIn(page, 'editor', '/topics/new');
  await expect(page).toHaveURL(/\/topics\/new$/);
  await expect(page.getByRole('heading', { name: 'New topic' })).toBeVisible();
  await page.goto('/login?next=//evil.example/steal');
  await expect(page.getByText('You are signed in as Demo Editor')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/');
});

test('an editor creates and renames a topic; refused input keeps what was typed; forms pass axe', async ({ page }) => {
  const name = `Sign-in spec topic ${Date.now()}`;
  await signIn(page, 'editor', '/topics/new');
  await expectNoAxeViolations(page);
  // A clash with an existing topic is refused beside the field, keeping the typed description.
  await page.getByLabel('Name').fill('Defence');
  await page.getByLabel('Description').fill('Typed before the refusal');
  await page.getByRole('button', { name: 'Create topic' }).click();
  const existing = page.getByText(/There is already a topic called/);
  const fresh = page.getByRole('heading', { level: 1, name: 'Defence' });
  await expect(existing.or(fresh)).toBeVisible({ timeout: 20_000 });
  if (await existing.isVisible()) {
    await expect(page.getByLabel('Description')).toHaveValue('Typed before the refusal');
    await expectNoAxeViolations(page);
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create topic' }).click();
  } else {
    await page.goto('/topics/new');
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create topic' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('group', { name: 'Editing' }).getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Name').fill(`${name} renamed`);
  await page.getByRole('button', { name: 'Save topic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} renamed` })).toBeVisible({ timeout: 20_000 });
  // The topics list shows it at once.
  await page.goto(`/topics?q=${encodeURIComponent('Sign-in spec topic')}`);
  await expect(page.getByRole('link', { name: `${name} renamed` })).toBeVisible();
});

test('a viewer sees no editing controls and cannot open an editing page', async ({ page }) => {
  await signIn(page, 'viewer', '/topics');
  await expect(page.getByRole('link', { name: 'Work queue' })).toHaveCount(0);
  const response = await page.goto('/topics/new');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Your account cannot do this' })).toBeVisible();
});

test('signed out, an editing page answers 401 with a way to sign in', async ({ page }) => {
  const response = await page.goto('/topics/new');
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toBeVisible();
});
