import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { XSS, demoQuestion, quietMember, unique, pick, failOnScript, noScriptRan } from './fixtures/meeting-coverage-steps';
import { signIn } from './fixtures/staff';

// Staff logging news coverage through the forms, as an editor would. Each test makes its own uniquely named records and uses demo
// records no other spec looks at, so the tests run in parallel without disturbing the seed case.

// Each test walks a whole workflow with several axe scans; on a shared two-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });

test.describe('coverage form', () => {
  test('logs coverage of a question from its page; the same article again is offered, never duplicated', async ({ page }) => {
    const question = demoQuestion(0);
    const second = demoQuestion(1);
    const headline = unique('Ministers pressed on procurement');
    const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    await signIn(page, 'editor');
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
    await signIn(page, 'editor');
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
    await signIn(page, 'editor');
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
    await signIn(page, 'viewer');
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
