import Database from 'better-sqlite3';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './fixtures/staff';
import { questionPath } from '../lib/routes';
import { expectNoAxeViolations } from './fixtures/axe';
import { E2E_DB } from './fixtures/e2e-db';

// Staff logging meetings and coverage through the forms, as an editor would. Each test makes its own
// uniquely named records and uses demo questions and members no other spec looks at (the last ones by id),
// so the tests run in parallel on one server without disturbing each other or the seed case.

// Each test walks a whole workflow with several axe scans; on a shared two-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });

const EDITOR = { email: 'editor@demo.answerable.example', password: 'demo-editor-password' };
const EDITOR2 = { email: 'editor2@demo.answerable.example', password: 'demo-editor2-password' };
const VIEWER = { email: 'viewer@demo.answerable.example', password: 'demo-viewer-password' };

const XSS = ['<script>window.__xss=1</script>', '<img src=x onerror="window.__xss=1">', '<svg><script>window.__xss=1</script></svg>', '"><b onmouseover=window.__xss=1>bold', '</textarea><iframe src=javascript:window.__xss=1>'];

interface DemoQuestion {
  id: number;
  uin: string;
  heading: string;
  path: string;
}

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The nth demo question from the end (by id) with no coverage: one only this spec touches. */
function demoQuestion(n: number): DemoQuestion {
  const row = readDb(
    (db) =>
      db
        .prepare(
          `SELECT id, house, uin, heading, dateTabled FROM Question q WHERE source = 'DEMO' AND NOT EXISTS (SELECT 1 FROM CoverageQuestion c WHERE c.questionId = q.id)
           ORDER BY id DESC LIMIT 1 OFFSET ?`,
        )
        .get(n) as { id: number; house: 'COMMONS' | 'LORDS'; uin: string; heading: string; dateTabled: number },
  );
  return { id: row.id, uin: row.uin, heading: row.heading, path: questionPath({ house: row.house, uin: row.uin, dateTabled: new Date(row.dateTabled) }) };
}

/** A demo member who attended no meeting in the seed data (the last such by id). */
function quietMember(n: number): { slug: string; displayName: string } {
  return readDb(
    (db) =>
      db
        .prepare(`SELECT slug, displayName FROM Member m WHERE source = 'DEMO' AND NOT EXISTS (SELECT 1 FROM MeetingParticipant p WHERE p.memberId = m.id) ORDER BY id DESC LIMIT 1 OFFSET ?`)
        .get(n) as { slug: string; displayName: string },
  );
}

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Types into a picker and chooses the suggestion matching `option`. */
async function pick(page: Page, label: string, text: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

function failOnScript(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`A script ran: ${dialog.message()}`);
  });
}

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test.describe('meeting form', () => {
  test('logs a meeting with a member and another participant; refusals keep what was typed', async ({ page }) => {
    const member = quietMember(0);
    const title = unique('Defence bilateral');
    await signIn(page, EDITOR);
    await page.goto('/meetings');
    await page.getByRole('link', { name: 'New meeting' }).click();
    await expect(page).toHaveURL('/meetings/new');
    await expectNoAxeViolations(page);

    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Date').fill('31/02/2029');
    await page.getByLabel('Kind').selectOption({ label: 'Bilateral meeting' });
    await pick(page, 'Member participants', member.displayName, member.displayName);
    await page.getByRole('button', { name: 'Add another participant' }).click();
    await page.getByRole('button', { name: 'Add another participant' }).click();
    const first = page.getByRole('group', { name: 'Other participant 1' });
    await first.getByLabel('Role').fill('Defence minister');
    await first.getByLabel('Country').fill('Norway');
    await page.getByRole('button', { name: 'Log meeting' }).click();

    // Refused: the bad date and the empty second row are named; everything typed is still there.
    await expect(page.getByText('Check the highlighted fields: nothing was saved.')).toBeVisible();
    await expect(page.getByText('Date must be a real date, day first')).toBeVisible();
    await expect(page.getByText('Other participant 2: give a name, role, organisation or country, or remove the row')).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveValue(title);
    await expect(page.getByLabel('Date')).toHaveValue('31/02/2029');
    await expect(page.getByRole('group', { name: 'Other participant 1' }).getByLabel('Country')).toHaveValue('Norway');
    await expect(page.getByRole('list', { name: 'Chosen: member participants' })).toContainText(member.displayName);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Remove other participant 2' }).click();
    await page.getByLabel('Date').fill('28/02/2029');
    await page.getByRole('button', { name: 'Log meeting' }).click();

    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const participants = page.getByRole('region', { name: 'Participants', exact: true });
    await expect(participants.getByRole('link', { name: member.displayName })).toBeVisible();
    await expect(participants).toContainText('Defence minister');
    await expect(participants).toContainText('Norway');
    await expect(page.getByText('28 February 2029')).toBeVisible();

    await page.goto(`/meetings?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('table').getByRole('link', { name: title, exact: true })).toBeVisible();
    await page.goto(`/members/${member.slug}`);
    await expect(page.getByRole('region', { name: 'Meetings attended' }).getByRole('link', { name: title })).toBeVisible();
  });

  test('tags and untags a topic from the meeting page, and a second editor’s stale save is refused', async ({ browser, page }) => {
    const title = unique('Tagging meeting');
    await signIn(page, EDITOR);
    await page.goto('/meetings/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Date').fill('1 March 2029');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    const meetingUrl = page.url();

    await pick(page, 'Tag with a topic', 'defence', /defence/i);
    await page.getByRole('button', { name: 'Add tag' }).click();
    const tags = page.getByRole('region', { name: 'Topic tags' });
    await expect(tags.getByRole('button', { name: /^Remove the tag/ })).toHaveCount(1);
    await expect(page.getByRole('definition').filter({ has: page.getByRole('link', { name: /defence/i }) })).toBeVisible();
    await expectNoAxeViolations(page);
    await tags.getByRole('button', { name: /^Remove the tag/ }).click();
    await expect(tags.getByText('Not tagged with any topic.')).toBeVisible();

    // Two editors open the edit form; the first saves; the second's save is refused with the newer values.
    const other = await secondEditor(browser);
    await page.goto(`${meetingUrl}/edit`);
    await other.goto(`${meetingUrl}/edit`);
    await page.getByLabel('Place').fill('Oslo');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page).toHaveURL(meetingUrl);
    await other.getByLabel('Place').fill('Bergen');
    await other.getByRole('button', { name: 'Save meeting' }).click();
    await expect(other.getByText(/Not saved: .* saved a newer version/)).toBeVisible();
    await expect(other.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('Oslo');
    await expect(other.getByLabel('Place')).toHaveValue('Bergen');
    await page.reload();
    await expect(page.getByRole('definition').filter({ hasText: 'Oslo' })).toBeVisible();
    await other.context().close();
  });

  test('script in every text field renders inert, and a javascript: source is refused', async ({ page }) => {
    failOnScript(page);
    await signIn(page, EDITOR);
    await page.goto('/meetings/new');
    const title = unique(`${XSS[0]} meeting`);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Date').fill('02/03/2029');
    await page.getByLabel('Place').fill(XSS[1]!);
    await page.getByLabel('Description').fill(XSS.join(' '));
    await page.getByLabel('Source web address').fill('javascript:window.__xss=1');
    await page.getByRole('button', { name: 'Add another participant' }).click();
    const row = page.getByRole('group', { name: 'Other participant 1' });
    await row.getByLabel('Name').fill(XSS[2]!);
    await row.getByLabel('Role').fill(XSS[3]!);
    await row.getByLabel('Organisation').fill(XSS[4]!);
    await row.getByLabel('Country').fill(XSS[1]!);
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await expect(page.getByText('Source web address must be a full web address starting with http:// or https://')).toBeVisible();
    await expect(page.getByLabel('Source web address')).toHaveValue('javascript:window.__xss=1');

    await page.getByLabel('Source web address').fill('');
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(XSS[1]!).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Participants', exact: true })).toContainText(XSS[2]!);
    await expect(page.locator('main img, main iframe, main svg script, main b')).toHaveCount(0);
    await noScriptRan(page);
  });
});

async function secondEditor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, EDITOR2);
  return page;
}

test.describe('coverage form', () => {
  test('logs coverage of a question from its page; the same article again is offered, never duplicated', async ({ page }) => {
    const question = demoQuestion(0);
    const second = demoQuestion(1);
    const headline = unique('Ministers pressed on procurement');
    const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    await signIn(page, EDITOR);
    await page.goto(question.path);
    await page.getByRole('link', { name: 'Log new coverage' }).click();
    await expect(page).toHaveURL(`/coverage/new?question=${question.id}`);
    await expect(page.getByRole('list', { name: 'Chosen: questions it covers' })).toContainText(question.uin);
    await expectNoAxeViolations(page);

    // Refused without an outlet: the typed address and headline stay.
    await page.getByLabel('Web address').fill(`https://News.Example.org/politics/${slug}/?utm_source=newsletter#comments`);
    await page.getByLabel('Headline').fill(headline);
    await page.getByLabel('Date published').fill('14/03/2025');
    await page.getByRole('button', { name: 'Log coverage' }).click();
    await expect(page.getByText('Outlet is required')).toBeVisible();
    await expect(page.getByLabel('Headline')).toHaveValue(headline);
    await expect(page.getByLabel('Web address')).toHaveValue(`https://News.Example.org/politics/${slug}/?utm_source=newsletter#comments`);
    await expectNoAxeViolations(page);

    await page.getByLabel('Outlet').fill('Example Times');
    await page.getByLabel('Author').fill('A. Reporter');
    await page.getByRole('button', { name: 'Log coverage' }).click();
    await expect(page).toHaveURL(/\/coverage\/\d+$/);
    const articleUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await expect(page.getByRole('link', { name: `https://news.example.org/politics/${slug}`, exact: true })).toBeVisible();

    await page.goto(question.path);
    await expect(page.getByRole('region', { name: 'Coverage' }).getByRole('link', { name: headline })).toBeVisible();

    // The same article under another spelling of its address: offered while typing, refused on save.
    await page.goto(`/coverage/new?question=${second.id}`);
    await page.getByLabel('Web address').fill(`https://news.example.org/politics/${slug}?utm_medium=email`);
    const offer = page.getByText('Already logged:');
    await expect(offer).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open it' })).toHaveAttribute('href', new URL(articleUrl).pathname);
    await page.getByLabel('Outlet').fill('Example Times');
    await page.getByLabel('Headline').fill(`${headline} (copy)`);
    await page.getByRole('button', { name: 'Log coverage' }).click();
    await expect(page.getByText(`This article is already logged as “${headline}”`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open it' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Instead, the second question is added to the article already logged.
    await page.getByRole('button', { name: /^Add this question to it/ }).click();
    await expect(page).toHaveURL(articleUrl);
    const covered = page.getByRole('region', { name: 'Questions it covers' });
    await expect(covered.getByRole('link', { name: question.heading }).first()).toBeVisible();
    await expect(covered.getByRole('listitem')).toHaveCount(2);
    await page.goto(`/coverage?q=${encodeURIComponent(headline)}`);
    await expect(page.getByText('1 article matches')).toBeVisible();
    await expect(page.getByRole('table').getByRole('link', { name: headline, exact: true })).toHaveCount(1);
  });

  test('links and unlinks coverage from the question page, and a member from the article page', async ({ page }) => {
    const question = demoQuestion(2);
    const member = quietMember(1);
    const headline = unique('Unlinked story');
    await signIn(page, EDITOR);
    await page.goto('/coverage');
    await page.getByRole('link', { name: 'New coverage' }).click();
    await page.getByLabel('Web address').fill(`https://example.net/${headline.replace(/\W+/g, '-')}`);
    await page.getByLabel('Outlet').fill('Example Net');
    await page.getByLabel('Headline').fill(headline);
    await page.getByRole('button', { name: 'Log coverage' }).click();
    await expect(page).toHaveURL(/\/coverage\/\d+$/);
    const articleUrl = page.url();

    await pick(page, 'Link a member this article mentions', member.displayName, member.displayName);
    await page.getByRole('button', { name: 'Link member' }).click();
    const members = page.getByRole('region', { name: 'Members it mentions' });
    await expect(members.getByRole('link', { name: member.displayName })).toBeVisible();
    await expectNoAxeViolations(page);
    await members.getByRole('button', { name: `Unlink ${member.displayName}` }).click();
    await expect(members.getByText('No member is linked to this article.')).toBeVisible();

    await page.goto(question.path);
    const coverage = page.getByRole('region', { name: 'Coverage' });
    await pick(page, 'Link coverage already logged', headline, headline);
    await page.getByRole('button', { name: 'Link coverage' }).click();
    await expect(coverage.getByRole('link', { name: headline })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(articleUrl);
    await expect(page.getByRole('region', { name: 'Questions it covers' }).getByRole('link', { name: question.heading })).toBeVisible();

    await page.goto(question.path);
    await coverage.getByRole('button', { name: `Unlink the article “${headline}” from this question` }).click();
    await expect(coverage.getByRole('link', { name: headline })).toHaveCount(0);
  });

  test('script in every text field renders inert, and javascript: addresses are refused', async ({ page }) => {
    failOnScript(page);
    await signIn(page, EDITOR);
    await page.goto('/coverage/new');
    const headline = unique(XSS[0]!);
    await page.getByLabel('Web address').fill('javascript:window.__xss=1//https://example.com');
    await page.getByLabel('Outlet').fill(XSS[1]!);
    await page.getByLabel('Headline').fill(headline);
    await page.getByLabel('Author').fill(XSS[2]!);
    await page.getByLabel('Summary').fill(XSS.join('\n'));
    await page.getByRole('button', { name: 'Log coverage' }).click();
    await expect(page.getByText('Web address must be a full web address starting with http:// or https://')).toBeVisible();

    await page.getByLabel('Web address').fill(`https://example.com/${Date.now()}/<script>x</script>`);
    await page.getByRole('button', { name: 'Log coverage' }).click();
    await expect(page).toHaveURL(/\/coverage\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    await expect(page.getByRole('definition').filter({ hasText: XSS[1]! })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: XSS[2]! })).toBeVisible();
    await expect(page.locator('main img, main iframe, main svg script, main b')).toHaveCount(0);
    await noScriptRan(page);
  });

  test('a viewer finds no way to edit, and the forms refuse them', async ({ page }) => {
    await signIn(page, VIEWER);
    await page.goto('/coverage');
    await expect(page.getByRole('link', { name: 'New coverage' })).toHaveCount(0);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('group', { name: 'Editing' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Unlink|Link/ })).toHaveCount(0);
    const response = await page.goto('/meetings/new');
    expect(response?.status()).toBe(403);
    expect((await page.goto('/coverage/new'))?.status()).toBe(403);
  });
});
