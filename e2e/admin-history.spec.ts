import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { dbTask } from './fixtures/e2e-db';
import { createLinkedQuestions, questionRows } from './fixtures/records-db';
import { DEMO, signIn } from './fixtures/staff';

// Several sign-ins (scrypt) and full page loads per test on a machine shared with other builds.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const tagOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function firstTopicPath(): string {
  return `/topics/${dbTask('firstTopicSlug')}`;
}

/**
 * Picks an option and makes sure it stays picked: React sets a select to its default when it hydrates, so a
 * choice made in the instant before hydration would be lost.
 */
async function choose(page: Page, label: string, value: string) {
  const select = page.getByRole('combobox', { name: label });
  await expect(async () => {
    await select.selectOption(value);
    await page.waitForTimeout(250);
    await expect(select).toHaveValue(value, { timeout: 100 });
  }).toPass({ timeout: 10_000 });
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Creates an account on /admin/users as the signed-in admin. */
async function createAccount(admin: Page, account: { name: string; email: string; password: string; role: 'Viewer' | 'Editor' | 'Admin' }) {
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Name').fill(account.name);
  await form.getByLabel('Email address').fill(account.email);
  await choose(admin, 'Role', account.role.toLowerCase());
  await form.getByLabel('Initial password').fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(admin.getByText(`Account created for ${account.name}`)).toBeVisible();
}

test('an admin creates an editor, demotes them (controls go at once) and disables them (signed out at once)', async ({ browser }) => {
  const tag = tagOf();
  const account = { name: `Edna ${tag}`, email: `edna-${tag}@example.org`, password: `pw-${tag}-long-enough`, role: 'Editor' as const };
  const admin = await newPage(browser);
  await signIn(admin, DEMO.admin);
  await createAccount(admin, account);
  const row = admin.getByRole('row', { name: new RegExp(account.name) });
  await expect(row).toContainText('Editor');
  await expect(row).toContainText('Never signed in');

  const editor = await newPage(browser);
  await signIn(editor, account);
  const topic = firstTopicPath();
  await editor.goto(topic);
  await expect(editor.getByRole('group', { name: 'Editing' })).toBeVisible();

  await admin.getByRole('link', { name: account.name }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(account.name);
  await choose(admin, 'Role', 'viewer');
  await admin.getByRole('button', { name: 'Change role' }).click();
  await expect(admin.getByText(`${account.name} is now a viewer.`)).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(editor.getByRole('group', { name: 'Editing' })).toHaveCount(0);

  await admin.getByRole('button', { name: 'Disable account' }).click();
  await expect(admin.getByText('account is disabled and signed out everywhere')).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  // …and cannot sign in again until enabled.
  await editor.goto('/login');
  await editor.getByLabel('Email address').fill(account.email);
  await editor.getByLabel('Password').fill(account.password);
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor.getByText(/do not match an account|has been disabled/)).toBeVisible();

  // The change is in the account's history.
  await admin.getByRole('link', { name: 'History of this account' }).click();
  await expect(admin.getByRole('heading', { name: /^Edited/ }).first()).toBeVisible();
  await expect(admin.locator('del', { hasText: 'editor' })).toBeVisible();
  await expect(admin.locator('ins', { hasText: 'viewer' })).toBeVisible();
});

test('an admin cannot remove their own admin role; the forms pass axe, error state included', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/admin/users');
  await expectNoAxeViolations(page);
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Email address').fill('not-an-email');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByText('Enter a valid email address, like name@example.org')).toBeVisible();
  await expect(form.getByLabel('Email address')).toHaveValue('not-an-email');
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByRole('row', { name: /\(you\)/ }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Demo Admin');
  await expect(page.getByText('You cannot disable your own account')).toBeVisible();
  await choose(page, 'Role', 'editor');
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByText('You cannot remove your own admin role: ask another admin')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Admin' })).toBeVisible();
});

test('readers and editors cannot reach the admin screens', async ({ page, browser }) => {
  const signedOut = await page.goto('/admin/users');
  expect(signedOut?.status()).toBe(401);
  const editor = await newPage(browser);
  await signIn(editor, DEMO.editor);
  expect((await editor.goto('/admin/users'))?.status()).toBe(403);
  expect((await editor.goto('/admin/deleted'))?.status()).toBe(403);
  expect((await page.goto('/history/Question/1'))?.status()).toBe(401);
  expect((await editor.goto('/history/Nonsense/1'))?.status()).toBe(404);
  expect((await editor.goto('/history/Question/999999999'))?.status()).toBe(404);
});

test('an editor deletes a question; an admin restores it from /admin/deleted with its answers and links exactly', async ({ browser }) => {
  const tag = tagOf();
  const q = createLinkedQuestions(tag);
  const before = questionRows(q.id);
  const editor = await newPage(browser);
  await signIn(editor, DEMO.editor);
  await editor.goto(`/questions?q=zqx${tag}`);
  await expect(editor.getByRole('link', { name: q.heading })).toBeVisible();

  await editor.goto(q.path);
  await editor.getByRole('button', { name: 'Delete question' }).click();
  const confirm = editor.getByRole('form', { name: /Delete Commons E2E-/ });
  await expect(confirm).toContainText('and its 2 answer versions');
  await expect(confirm).toContainText('1 coverage link');
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(editor).toHaveURL(/\/questions$/);
  expect((await editor.goto(q.path))?.status()).toBe(404);
  await editor.goto(`/questions?q=zqx${tag}`);
  await expect(editor.getByRole('link', { name: q.heading })).toHaveCount(0);

  const admin = await newPage(browser);
  await signIn(admin, DEMO.admin);
  await admin.goto('/admin/deleted');
  const row = admin.getByRole('article', { name: new RegExp(q.heading) });
  await expect(row).toContainText('Deleted by Demo Editor');
  await expect(row).toContainText('2 answer versions');
  await expectNoAxeViolations(admin);
  await row.getByRole('button', { name: /Restore/ }).click();
  await expect(admin).toHaveURL(new RegExp(`${q.path}$`));
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(q.heading);
  expect(questionRows(q.id)).toBe(before);

  // Found by search again (the index follows by trigger), and off the deleted list.
  await admin.goto(`/questions?q=zqx${tag}`);
  await expect(admin.getByRole('link', { name: q.heading })).toBeVisible();
  await admin.goto('/admin/deleted');
  await expect(admin.getByRole('article', { name: new RegExp(q.heading) })).toHaveCount(0);

  // Its history tells the story; the follow-up question's history shows the unlink and the re-link.
  await admin.goto(`/history/Question/${q.id}`);
  await expect(admin.getByRole('heading', { name: /^Restored/ })).toBeVisible();
  await expect(admin.getByRole('heading', { name: /^Deleted/ })).toBeVisible();
  await expect(admin.getByText('Deleted with its 2 answer versions')).toBeVisible();
  await admin.goto(`/history/Question/${q.followUpId}`);
  await expect(admin.getByRole('heading', { name: /^Unlinked/ })).toBeVisible();
  await expect(admin.getByRole('heading', { name: /^Linked/ })).toBeVisible();
});

test('the history page shows an edit as a readable diff', async ({ page }) => {
  const tag = tagOf();
  await signIn(page, DEMO.editor);
  await page.goto('/topics/new');
  await page.getByLabel('Name').fill(`Hist ${tag}`);
  await page.getByLabel('Description').fill('Questions about the procurement of drones for the army.');
  await page.getByRole('button', { name: 'Create topic' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Hist ${tag}`);
  await page.getByRole('group', { name: 'Editing' }).getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Name').fill(`Hist ${tag} renamed`);
  await page.getByLabel('Description').fill('Questions about the procurement of uncrewed drones for the navy.');
  await page.getByRole('button', { name: 'Save topic' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('renamed');
  await page.getByRole('group', { name: 'Editing' }).getByRole('link', { name: 'History' }).click();

  const edit = page.getByRole('article', { name: 'Edited' });
  await expect(edit).toContainText('By Demo');
  await expect(edit.locator('dt', { hasText: 'Name' })).toBeVisible();
  await expect(edit.locator('del', { hasText: `Hist ${tag}` }).first()).toBeVisible();
  await expect(edit.locator('ins', { hasText: `Hist ${tag} renamed` })).toBeVisible();
  // Longer text: word by word.
  await expect(edit.locator('del', { hasText: 'army' })).toBeVisible();
  await expect(edit.locator('ins', { hasText: 'navy' })).toBeVisible();
  await expect(edit.locator('ins', { hasText: 'uncrewed' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Created/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('five failed sign-ins, then even the right password is refused with a message to wait (across server processes)', async ({ browser }) => {
  const tag = tagOf();
  const account = { name: `Limit ${tag}`, email: `limit-${tag}@example.org`, password: `pw-${tag}-long-enough`, role: 'Viewer' as const };
  const admin = await newPage(browser);
  await signIn(admin, DEMO.admin);
  await createAccount(admin, account);

  const page = await newPage(browser);
  for (let i = 0; i < 5; i++) {
    // A fresh page load each time, so the attempts are spread over the server's processes.
    await page.goto('/login');
    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password').fill(`wrong-password-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('That email and password do not match an account')).toBeVisible();
  }
  await page.goto('/login');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Too many failed sign-ins\. Try again in 1[45] minutes\./)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
