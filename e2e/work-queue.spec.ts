import { expect as baseExpect, test, type Page } from '@playwright/test';
import { demoArticle, demoMeeting } from './fixtures/demo-records';
import { signIn } from './fixtures/staff';
import { expectNoAxeViolations } from './fixtures/axe';
import { dbTask, questionHref } from './fixtures/e2e-db';

// The staff work queue (/work) and topic management (merge, tag and untag from the topic page), used the
// way an editor uses them. Each test makes its own uniquely named topics, so tests run side by side.

// A save answers in well under a second, but the first one on a cold server on a busy machine can take longer.
const expect = baseExpect.configure({ timeout: 15_000 });

const EDITOR = { email: 'editor@demo.answerable.example', password: 'demo-editor-password', name: 'Demo Editor' };
const EDITOR2 = { email: 'editor2@demo.answerable.example', password: 'demo-editor2-password', name: 'Second Demo Editor' };
const VIEWER = { email: 'viewer@demo.answerable.example', password: 'demo-viewer-password' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Creates a topic through the form (from the New topic link on /topics) and returns its page's address. */
async function createTopic(page: Page, name: string): Promise<string> {
  await page.goto('/topics');
  await page.getByRole('link', { name: 'New topic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New topic' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create topic' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** A seeded demo question that is answered (so no other queue test touches it), read from the e2e database. */
function answeredQuestion(offset: number): { uin: string; heading: string; path: string } {
  const q = dbTask('answeredQuestion', offset);
  return { uin: q.uin, heading: q.heading, path: questionHref(q) };
}

/** Chooses a record in a type-ahead picker by typing `text` and clicking the suggestion containing `option`. */
async function pick(page: Page, label: string, text: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

// One at a time: the assignment tests change shared demo questions (neither may see the other's change), and
// concurrent staff writes from two server processes can wait on each other's SQLite locks (see the report).
test.describe.configure({ mode: 'serial' });
// Each test signs in and saves several times through the production build: allow for a busy machine.
test.setTimeout(90_000);

test.describe('work queue', () => {
  test('an editor sees the queue by due date, assigns a question to themself, finds it under Mine and opens its answer form', async ({ page }) => {
    await signIn(page, EDITOR, '/work');
    await expect(page.getByRole('heading', { level: 1, name: 'Work queue' })).toBeVisible();
    const items = page.locator('li[data-question-id]');
    await expect(items.first()).toBeVisible();
    const dues = await page.locator('li[data-question-id] > p:first-child time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dues.length).toBeGreaterThan(3);
    expect([...dues].sort()).toEqual(dues);
    await expect(items.first().getByText('Overdue', { exact: true })).toBeVisible(); // the demo data has overdue questions

    // Take an unassigned question down the list (tests elsewhere leave it alone), then find it under Mine.
    const item = items.filter({ hasText: 'Not assigned' }).nth(9);
    const id = await item.getAttribute('data-question-id');
    const href = await item.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href');
    await item.getByRole('button', { name: /^Assign to me/ }).click();
    const mine = page.locator(`li[data-question-id="${id}"]`);
    await expect(mine.getByText(`Assigned to ${EDITOR.name} (me)`)).toBeVisible();
    await expect(mine.getByRole('status')).toContainText('to you');

    await page.getByRole('link', { name: /^Mine \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/work\?mine=1$/);
    await expect(page.locator(`li[data-question-id="${id}"]`)).toBeVisible();
    for (const other of await page.locator('li[data-question-id]').all()) await expect(other).toContainText(`Assigned to ${EDITOR.name} (me)`);

    await page.locator(`li[data-question-id="${id}"]`).getByRole('link', { name: /^Log the answer/ }).click();
    await expect(page).toHaveURL((url) => url.pathname === `${href}/answers/new`);

    // Hand it back, so the queue is as it was.
    await page.goto('/work?mine=1');
    await page.locator(`li[data-question-id="${id}"]`).getByRole('button', { name: /^Unassign/ }).click();
    await expect(page.locator(`li[data-question-id="${id}"]`)).toHaveCount(0);
  });

  test('assigns to another editor with the select, and filters by department in the URL', async ({ page }) => {
    await signIn(page, EDITOR2, '/work');
    await page.getByLabel('Department').selectOption({ label: 'Ministry of Defence' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/department=ministry-of-defence/);
    const items = page.locator('li[data-question-id]');
    for (const item of await items.all()) await expect(item).toContainText('Ministry of Defence');
    const item = items.filter({ hasText: 'Not assigned' }).nth(2);
    const id = await item.getAttribute('data-question-id');
    await item.getByLabel(/^Assign to/).selectOption({ label: 'Demo Admin' });
    await item.getByRole('button', { name: /^Assign Commons|^Assign Lords/ }).click();
    const row = page.locator(`li[data-question-id="${id}"]`);
    await expect(row.getByText('Assigned to Demo Admin')).toBeVisible();
    await row.getByRole('button', { name: /^Unassign/ }).click();
    await expect(row.getByText('Not assigned')).toBeVisible();
  });

  test('recently logged shows a change the editor just made, newest first, linking to the record', async ({ page }) => {
    await signIn(page, EDITOR2);
    const name = unique('Queue rename');
    const path = await createTopic(page, name);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill(`${name} renamed`);
    await page.getByRole('button', { name: 'Save topic' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${name} renamed` })).toBeVisible();
    const renamedPath = new URL(page.url()).pathname;

    await page.goto('/work');
    const recent = page.getByRole('region', { name: 'Recently logged' });
    const entry = recent.getByRole('listitem').filter({ hasText: `${name} renamed` }).first();
    await expect(entry).toContainText(`${EDITOR2.name} edited topic ${name} renamed`);
    await entry.getByRole('link', { name: `${name} renamed` }).click();
    await expect(page).toHaveURL((url) => url.pathname === renamedPath);

    // The old address leads to the renamed topic.
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === renamedPath);
  });

  test('shows markup in what was logged as text, never running it', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`A script ran: ${dialog.message()}`);
    });
    await signIn(page, EDITOR2);
    const name = unique('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await createTopic(page, name);
    await page.goto('/work');
    const recent = page.getByRole('region', { name: 'Recently logged' });
    await expect(recent.getByRole('link', { name })).toBeVisible();
    await expect(recent.locator('img, script')).toHaveCount(0);
  });

  test('is refused to viewers (403) and to the signed out (401)', async ({ page }) => {
    expect((await page.goto('/work'))?.status()).toBe(401);
    await signIn(page, VIEWER);
    const response = await page.goto('/work');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Your account cannot do this' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Work queue' })).toHaveCount(0);
  });

  test('has no accessibility violations', async ({ page }) => {
    await signIn(page, EDITOR, '/work');
    await expect(page.locator('li[data-question-id]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('topic management', () => {
  test('tags and untags a question, a meeting and an article from the topic page', async ({ page }) => {
    await signIn(page, EDITOR2);
    const name = unique('Tagging');
    await createTopic(page, name);
    const question = answeredQuestion(3);
    const panel = page.getByRole('region', { name: 'Tagged records' });

    await pick(page, 'Tag questions', question.uin, new RegExp(question.uin));
    await panel.getByRole('button', { name: 'Tag questions' }).click();
    await expect(panel.getByText(/^Tagged “/)).toBeVisible();
    const tagged = panel.getByRole('list', { name: /^Questions/ });
    await expect(tagged.getByRole('link', { name: new RegExp(question.uin) })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions (1)' })).toBeVisible();

    // Tagging it again changes nothing and says so.
    await pick(page, 'Tag questions', question.uin, new RegExp(question.uin));
    await panel.getByRole('button', { name: 'Tag questions' }).click();
    await expect(panel.getByRole('alert')).toContainText('already has this topic');
    await expectNoAxeViolations(page); // the panel's pickers, lists and the refusal

    // Demo records, never the seed case's, whose pages other specs check meanwhile.
    const meeting = demoMeeting().title;
    await pick(page, 'Tag meetings', meeting, new RegExp(escapeRegExp(meeting)));
    await panel.getByRole('button', { name: 'Tag meetings' }).click();
    await expect(panel.getByRole('list', { name: /^Meetings/ }).getByRole('link', { name: meeting }).first()).toBeVisible();
    const article = demoArticle().headline;
    await pick(page, 'Tag articles', article, new RegExp(escapeRegExp(article)));
    await panel.getByRole('button', { name: 'Tag articles' }).click();
    await expect(panel.getByRole('list', { name: /^Articles/ }).getByRole('link', { name: article }).first()).toBeVisible();

    // The question's own page shows the topic; untagging removes it.
    const topicPath = new URL(page.url()).pathname;
    await page.goto(question.path);
    await expect(page.getByRole('link', { name })).toBeVisible();
    await page.goto(topicPath);
    await tagged.getByRole('button', { name: /^Untag/ }).click();
    await expect(page.getByRole('heading', { name: 'Questions (0)' })).toBeVisible();
    await expect(panel.getByText('No questions have this topic yet.')).toBeVisible();
  });

  test('merges a topic into another: tags move without duplicates and the old address leads to the survivor', async ({ page }) => {
    await signIn(page, EDITOR);
    const fromName = unique('Merge from');
    const intoName = unique('Merge into');
    const intoPath = await createTopic(page, intoName);
    const question = answeredQuestion(5);
    await pick(page, 'Tag questions', question.uin, new RegExp(question.uin));
    await page.getByRole('button', { name: 'Tag questions' }).click();
    await expect(page.getByRole('heading', { name: 'Questions (1)' })).toBeVisible();

    const fromPath = await createTopic(page, fromName);
    await pick(page, 'Tag questions', question.uin, new RegExp(question.uin));
    await page.getByRole('button', { name: 'Tag questions' }).click();
    await expect(page.getByRole('heading', { name: 'Questions (1)' })).toBeVisible();
    await pick(page, 'Tag meetings', 'Bilateral meeting with the French', /Bilateral meeting with the French/);
    await page.getByRole('button', { name: 'Tag meetings' }).click();
    await expect(page.getByRole('heading', { name: 'Meetings (1)' })).toBeVisible();

    await page.getByRole('link', { name: 'Merge into another topic' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Merge “${fromName}” into another topic` })).toBeVisible();
    await expectNoAxeViolations(page);
    // Submitting without a choice is refused, with the field named; the error state is accessible too.
    await page.getByRole('button', { name: 'Merge topics' }).click();
    await expect(page.getByText('Choose the topic to merge into', { exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Merge into' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    // Merging into itself is refused.
    await pick(page, 'Merge into', fromName, fromName);
    await page.getByRole('button', { name: 'Merge topics' }).click();
    await expect(page.getByText('Choose a different topic: a topic cannot be merged into itself.')).toBeVisible();

    await pick(page, 'Merge into', intoName, intoName);
    await page.getByRole('button', { name: 'Merge topics' }).click();
    await expect(page).toHaveURL((url) => url.pathname === intoPath);
    await expect(page.getByRole('heading', { name: 'Questions (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Meetings (1)' })).toBeVisible();

    await page.goto(fromPath);
    await expect(page).toHaveURL((url) => url.pathname === intoPath);
    await page.goto('/work');
    await expect(page.getByRole('region', { name: 'Recently logged' }).getByRole('listitem').filter({ hasText: `merged topic ${fromName}` })).toHaveCount(1);
  });

  test('readers see no editing controls on a topic page', async ({ page }) => {
    await page.goto('/topics/european-defence-cooperation');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Editing' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Tagged records' })).toHaveCount(0);
    await page.goto('/topics');
    await expect(page.getByRole('link', { name: 'New topic' })).toHaveCount(0);
  });
});
