import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { XSS, quietMember, unique, pick, failOnScript, noScriptRan, secondEditor } from './fixtures/meeting-coverage-steps';
import { signIn } from './fixtures/staff';

// Staff logging meetings through the forms, as an editor would. Each test makes its own uniquely named records and uses demo
// records no other spec looks at, so the tests run in parallel without disturbing the seed case.

// Each test walks a whole workflow with several axe scans; on a shared two-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });

test.describe('meeting form', () => {
  test('logs a meeting with a member and another participant; refusals keep what was typed', async ({ page }) => {
    const member = quietMember(0);
    const title = unique('Defence bilateral');
    await signIn(page, 'editor');
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
    await signIn(page, 'editor');
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
    await signIn(page, 'editor');
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

