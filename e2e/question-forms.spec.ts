import { expect, test, type Page } from '@playwright/test';
import { demoAsker, demoTopic } from './fixtures/demo-records';
import { expectNoAxeViolations } from './fixtures/axe';
import { demoQuestionWithSeveralVersions } from './fixtures/e2e-db';
import { signIn } from './fixtures/staff';

/**
 * Staff logging questions: the new/edit form, withdraw and reinstate, and the links made in place on a
 * question's page. Each test makes its own questions with unique UINs and heading words, so tests run in
 * parallel on one server and never depend on each other.
 */

let counter = 0;
/** A Commons UIN no other test (or run) uses: seven digits from the clock, the worker and a counter. */
function uniqueUin(): string {
  counter++;
  return String((Date.now() * 7 + process.pid * 13 + counter * 101) % 9_000_000 + 1_000_000);
}
/** A word that appears in no other heading: letters only, so search treats it as one term. */
function uniqueWord(): string {
  return `Zq${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}${'abcdefghij'[counter % 10]}`;
}

interface NewQuestion {
  uin: string;
  heading: string;
  text?: string;
  dateTabled?: string;
  dateDue?: string;
}

async function choose(page: Page, label: string, typed: string, option: RegExp | string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function fillQuestionForm(page: Page, q: NewQuestion) {
  await page.getByLabel('House').selectOption('COMMONS');
  await page.getByLabel('UIN').fill(q.uin);
  await page.getByLabel('Date tabled').fill(q.dateTabled ?? '10/03/2025');
  await page.getByLabel('Date due').fill(q.dateDue ?? '17 March 2025');
  await choose(page, 'Asking member', demoAsker().name, new RegExp(demoAsker().name));
  await choose(page, 'Department', 'Defence', /Ministry of Defence/);
  await page.getByLabel('Heading').fill(q.heading);
  await page.getByLabel('Question text').fill(q.text ?? `To ask the Secretary of State for Defence, what steps he is taking on ${q.heading}.`);
}

/** Creates a question through the form and waits for its page. Returns its address. */
async function createQuestion(page: Page, q: NewQuestion): Promise<string> {
  await page.goto('/questions/new');
  await fillQuestionForm(page, q);
  await page.getByRole('button', { name: 'Create question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: q.heading })).toBeVisible({ timeout: 15_000 });
  return new URL(page.url()).pathname;
}

test.describe('question forms (editor)', () => {
  // Each test signs in (scrypt is slow on purpose), fills whole forms and revisits pages: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'editor');
  });

  test('create a question: its page, the table and search show it at once; editing moves its address', async ({ page }) => {
    const uin = uniqueUin();
    const word = uniqueWord();
    await page.goto('/questions');
    await page.getByRole('link', { name: 'New question' }).click();
    await expect(page).toHaveURL(/\/questions\/new$/);
    await expectNoAxeViolations(page);
    await fillQuestionForm(page, { uin, heading: `Defence: ${word}` });
    await page.getByLabel('Named day question').check();
    await page.getByRole('button', { name: 'Create question' }).click();

    await expect(page).toHaveURL(`/questions/commons/2025-03-10/${uin}`);
    await expect(page.getByRole('heading', { level: 1, name: `Defence: ${word}` })).toBeVisible();
    await expect(page.getByText('Entered by staff', { exact: false }).first()).toBeVisible();
    const toolbar = page.getByRole('group', { name: 'Editing' });
    await expect(toolbar.getByRole('link', { name: 'Log an answer' })).toHaveAttribute('href', `/questions/commons/2025-03-10/${uin}/answers/new`);

    // The table's search finds it by a word of its heading, straight away.
    await page.goto(`/questions?q=${word}`);
    await expect(page.getByRole('link', { name: `Defence: ${word}` })).toBeVisible();
    // And the timeline across everything, narrowed to the member and the day, lists its tabling.
    await page.goto(`/timeline?member=${demoAsker().slug}&from=2025-03-10&to=2025-03-10&kind=tabled`);
    await expect(page.getByRole('link', { name: new RegExp(word) }).first()).toBeVisible();

    // Edit: a new UIN and date move the address; the old one is gone.
    await page.goto(`/questions/commons/2025-03-10/${uin}`);
    await toolbar.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByLabel('Heading')).toHaveValue(`Defence: ${word}`);
    await expect(page.getByLabel('Named day question')).toBeChecked();
    const newUin = uniqueUin();
    await page.getByLabel('UIN').fill(newUin);
    await page.getByLabel('Date tabled').fill('11/03/2025');
    await page.getByLabel('Heading').fill(`Defence: ${word} revised`);
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page).toHaveURL(`/questions/commons/2025-03-11/${newUin}`);
    await expect(page.getByRole('heading', { level: 1, name: `Defence: ${word} revised` })).toBeVisible();
    const old = await page.request.get(`/questions/commons/2025-03-10/${uin}`);
    expect(old.status()).toBe(404);
    await page.goto(`/questions?q=${word}`);
    await expect(page.getByRole('link', { name: `Defence: ${word} revised` })).toBeVisible();
  });

  test('refused saves keep what was typed: a clash names and links the question already there', async ({ page }) => {
    const uin = uniqueUin();
    const first = await createQuestion(page, { uin, heading: `Defence: ${uniqueWord()}` });

    await page.goto('/questions/new');
    const heading = `Defence: ${uniqueWord()} second`;
    await fillQuestionForm(page, { uin, heading, dateDue: '01/03/2025' });
    await page.getByRole('button', { name: 'Create question' }).click();

    await expect(page.getByText('Check the highlighted fields: nothing was saved.')).toBeVisible();
    await expect(page.getByText(/Date due cannot be before the date tabled \(10 March 2025\)/)).toBeVisible();
    await expect(page.getByLabel('Heading')).toHaveValue(heading);
    await expect(page.getByLabel('Date due')).toHaveValue('01/03/2025');
    await expect(page.getByRole('list', { name: 'Chosen: asking member' })).toContainText(demoAsker().name);
    await expectNoAxeViolations(page);

    // Fix the date: now the clash with the first question is what is refused, with a link to it.
    await page.getByLabel('Date due').fill('17/03/2025');
    await page.getByRole('button', { name: 'Create question' }).click();
    await expect(page.getByText(new RegExp(`Commons ${uin} \\(10 March 2025\\) is already recorded`))).toBeVisible();
    await expect(page.getByLabel('UIN')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Heading')).toHaveValue(heading);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: `Open Commons ${uin} (10 March 2025)` }).click();
    await expect(page).toHaveURL(first);

    // A Lords-shaped UIN in the Commons is refused with what a Commons UIN looks like.
    await page.goto('/questions/new');
    await fillQuestionForm(page, { uin: 'HL1234', heading });
    await page.getByRole('button', { name: 'Create question' }).click();
    await expect(page.getByText('A Commons UIN is a number of up to seven digits, for example 8024')).toBeVisible();
  });

  test('a second editor’s stale save is refused and shows the newer values', async ({ page, browser }) => {
    const path = await createQuestion(page, { uin: uniqueUin(), heading: `Defence: ${uniqueWord()}` });
    const other = await browser.newContext();
    const page2 = await other.newPage();
    await signIn(page2, 'editor2');
    await page.goto(`${path}/edit`);
    await page2.goto(`${path}/edit`);

    await page.getByLabel('Heading').fill('Defence: saved first');
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Defence: saved first' })).toBeVisible();

    await page2.getByLabel('Heading').fill('Defence: stale edit');
    await page2.getByRole('button', { name: 'Save question' }).click();
    await expect(page2.getByText(/Not saved: .* saved a newer version/)).toBeVisible();
    await expect(page2.locator('dd', { hasText: 'Defence: saved first' })).toBeVisible();
    await expect(page2.getByLabel('Heading')).toHaveValue('Defence: stale edit');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Defence: saved first' })).toBeVisible();
    // Saving again, having seen the newer version, replaces it deliberately.
    await page2.getByRole('button', { name: 'Save question' }).click();
    await expect(page2.getByRole('heading', { level: 1, name: 'Defence: stale edit' })).toBeVisible();
    await other.close();
  });

  test('withdraw with a date, then reinstate', async ({ page }) => {
    const path = await createQuestion(page, { uin: uniqueUin(), heading: `Defence: ${uniqueWord()}` });
    const toolbar = page.getByRole('group', { name: 'Editing' });
    await toolbar.getByText('Withdraw…').click();
    await page.getByLabel('Date withdrawn').fill('12/03/2025');
    await page.getByRole('button', { name: 'Withdraw question' }).click();
    const waited = page.getByRole('definition').filter({ hasText: 'Withdrawn 2 days after tabling' });
    await expect(waited).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'Reinstate' })).toBeVisible();
    await toolbar.getByRole('button', { name: 'Reinstate' }).click();
    await expect(toolbar.getByText('Withdraw…')).toBeVisible();
    await expect(waited).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe(path);
  });

  test('follow-ups: found in the wording and rejected for good; added and removed by hand', async ({ page }) => {
    const earlierUin = uniqueUin();
    const earlierHeading = `Defence: ${uniqueWord()} earlier`;
    await createQuestion(page, { uin: earlierUin, heading: earlierHeading, dateTabled: '03/03/2025', dateDue: '10/03/2025' });
    const laterPath = await createQuestion(page, {
      uin: uniqueUin(),
      heading: `Defence: ${uniqueWord()} later`,
      text: `To ask the Secretary of State for Defence, further to Question ${earlierUin}, what progress has been made.`,
    });
    const followUps = page.locator('section', { has: page.getByRole('heading', { name: 'Follow-ups', level: 2 }) });
    await expect(followUps.getByRole('link', { name: earlierHeading })).toBeVisible();
    await expect(followUps).toContainText('found in the question’s wording');
    await followUps.getByRole('button', { name: `Reject the follow-up link with Commons ${earlierUin}` }).click();
    await expect(followUps.getByRole('link', { name: earlierHeading })).toHaveCount(0);

    // Saving the wording again does not bring the rejected link back.
    await page.goto(`${laterPath}/edit`);
    await page.getByLabel('Question text').fill(`To ask the Secretary of State for Defence, further to Question ${earlierUin}, what progress has been made since.`);
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page).toHaveURL(laterPath);
    await expect(followUps.getByRole('link', { name: earlierHeading })).toHaveCount(0);

    // An editor can still link it by hand, and remove it again.
    await followUps.getByText('Add a follow-up link').click();
    await choose(page, 'Question', earlierUin, new RegExp(earlierHeading));
    await followUps.getByRole('button', { name: 'Link follow-up' }).click();
    await expect(followUps.getByRole('link', { name: earlierHeading })).toBeVisible();
    await expect(followUps).toContainText('linked by staff');
    await followUps.getByRole('button', { name: `Remove the follow-up link with Commons ${earlierUin}` }).click();
    await expect(followUps.getByRole('link', { name: earlierHeading })).toHaveCount(0);
  });

  test('grouping shows on both questions; topics are tagged and untagged in place', async ({ page }) => {
    const aHeading = `Defence: ${uniqueWord()} first`;
    const aUin = uniqueUin();
    const aPath = await createQuestion(page, { uin: aUin, heading: aHeading });
    const bHeading = `Defence: ${uniqueWord()} second`;
    const bPath = await createQuestion(page, { uin: uniqueUin(), heading: bHeading });

    const grouped = page.locator('section', { has: page.getByRole('heading', { name: 'Answered together with' }) });
    await grouped.getByText('Group with a question').click();
    await choose(page, 'Question', aUin, new RegExp(aHeading));
    await grouped.getByRole('button', { name: 'Group', exact: true }).click();
    await expect(grouped.getByRole('link', { name: aHeading })).toBeVisible();
    await page.goto(aPath);
    await expect(grouped.getByRole('link', { name: bHeading })).toBeVisible();
    await grouped.getByRole('button', { name: /^Ungroup/ }).click();
    await expect(grouped.getByRole('link', { name: bHeading })).toHaveCount(0);
    await page.goto(bPath);
    await expect(grouped.getByRole('link', { name: aHeading })).toHaveCount(0);

    const topics = page.locator('section', { has: page.getByRole('heading', { name: 'Topics', level: 2 }) });
    await topics.getByText('Tag a topic').click();
    const topic = demoTopic().name;
    await choose(page, 'Topic', topic, new RegExp(topic));
    await topics.getByRole('button', { name: 'Tag topic' }).click();
    await expect(topics.getByRole('link', { name: topic })).toBeVisible();
    await topics.getByRole('button', { name: `Remove the topic ${topic}` }).click();
    await expect(topics.getByRole('link', { name: topic })).toHaveCount(0);
    await expect(topics).toContainText('No topics assigned.');
  });

  test('markup typed into the heading and text is shown as text and never runs', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const heading = `<script>alert(1)</script><img src=x onerror="alert(2)"> ${uniqueWord()}`;
    const text = '<svg><script>alert(3)</script></svg> <a href="javascript:alert(4)">click</a> <b onmouseover=alert(5)>unclosed <iframe src="javascript:alert(6)">';
    await page.goto('/questions/new');
    await fillQuestionForm(page, { uin: uniqueUin(), heading, text });
    await page.getByRole('button', { name: 'Create question' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('<svg><script>alert(3)</script></svg>', { exact: false })).toBeVisible();
    await expect(page.locator('main img[src="x"], main svg script, main iframe, main a[href^="javascript"]')).toHaveCount(0);
    await page.getByText('click', { exact: false }).first().hover();
    expect(dialogs).toBe(0);
  });

  test('the question page with its editing controls has no accessibility violations', async ({ page }) => {
    await createQuestion(page, { uin: uniqueUin(), heading: `Defence: ${uniqueWord()}` });
    await page.getByText('Add a follow-up link').click();
    await expectNoAxeViolations(page);
  });
});

test.describe('question forms (viewer)', () => {
  test('a viewer sees no editing controls, and the new-question page is forbidden', async ({ page }) => {
    await signIn(page, 'viewer');
    await page.goto('/questions');
    await expect(page.getByRole('link', { name: 'New question' })).toHaveCount(0);
    const path = demoQuestionWithSeveralVersions();
    expect(path).not.toBeNull();
    await page.goto(path!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Editing' })).toHaveCount(0);
    await expect(page.getByText('Log an answer')).toHaveCount(0);
    await expect(page.getByText('Add a follow-up link')).toHaveCount(0);
    await expect(page.getByText('Tag a topic')).toHaveCount(0);
    const editPath = `${path}/edit`;
    expect((await page.request.get('/questions/new')).status()).toBe(403);
    expect((await page.request.get(editPath)).status()).toBe(403);
  });
});
