import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';

const SEED_QUESTION = '/questions/commons/2025-03-13/DEMO-0001';

test.describe('member pages', () => {
  test('Maria Eagle’s page lists the answer she gave, her post, meetings and coverage', async ({ page }) => {
    const response = await page.goto('/members/maria-eagle');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Maria Eagle' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Not reported' }).first()).toBeVisible(); // party not reported

    const answers = page.getByRole('region', { name: 'Answers given as a minister', exact: true });
    const row = answers.getByRole('row').nth(1);
    await expect(row).toContainText('20 Mar 2025');
    await expect(row).toContainText('Answer');
    await expect(row.getByRole('link', { name: /cooperation with European partners/ })).toHaveAttribute('href', SEED_QUESTION);
    await expect(row.getByRole('link', { name: 'Edward Morello' })).toHaveAttribute('href', '/members/edward-morello');

    const posts = page.getByRole('region', { name: 'Ministerial and other posts over time', exact: true });
    await expect(posts.getByRole('row', { name: /Defence Minister/ })).toContainText('Not reported');
    await expect(posts.getByRole('link', { name: 'Ministry of Defence' })).toHaveAttribute('href', '/departments/ministry-of-defence');

    await expect(page.getByRole('region', { name: 'Meetings attended', exact: true }).getByRole('link', { name: 'Bilateral meeting with the French counterpart' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Coverage mentioning Maria Eagle', exact: true }).getByRole('link', { name: /UK Deepens Defence Collaboration/ })).toBeVisible();

    const timeline = page.getByRole('list', { name: 'Timeline of Maria Eagle' });
    await expect(timeline.getByRole('listitem')).toHaveCount(3);
    await expect(timeline.getByRole('listitem').nth(1)).toContainText('Answered');
  });

  test('Edward Morello’s page charts his questions with words and a data table', async ({ page }) => {
    await page.goto('/members/edward-morello');
    await expect(page.getByText('Liberal Democrat')).toBeVisible();
    const perMonth = page.getByRole('figure', { name: 'Questions tabled per month' });
    await expect(perMonth.getByRole('img', { name: /Written questions tabled by Edward Morello per month/ })).toBeVisible();
    await perMonth.getByText('Show the data as a table').click();
    await expect(perMonth.getByRole('row', { name: /March 2025/ })).toContainText('1');
    const waits = page.getByRole('figure', { name: 'How long their questions waited for an answer' });
    await expect(waits).toContainText('the median wait was 7 days');
    await waits.getByText('Show the data as a table').click();
    await expect(waits.getByRole('row', { name: /4 to 7 days/ })).toContainText('1');
    await expectNoAxeViolations(page);
  });

  test('has no accessibility violations on Eagle’s page and the members list, which finds her', async ({ page }) => {
    await page.goto('/members/maria-eagle');
    await expectNoAxeViolations(page);
    await page.goto('/members');
    await page.getByLabel('Name or constituency').fill('Eagle');
    await page.getByRole('button', { name: 'Show members' }).click();
    await expect(page).toHaveURL(/\/members\?q=Eagle/);
    await expect(page.getByRole('link', { name: 'Eagle, Maria' })).toHaveAttribute('href', '/members/maria-eagle');
    await expectNoAxeViolations(page);
  });

  test('an unknown member is a 404 and a bad page number a message', async ({ page }) => {
    const missing = await page.goto('/members/no-such-member');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const bad = await page.goto('/members/maria-eagle?answersPage=0');
    expect(bad?.status()).toBe(400);
    await expect(page.getByText('Ignored “answersPage”: Page must be a whole number from 1 to 100,000')).toBeVisible();
    // Hexadecimal was once read as 16: one parser (lib/validation/number-param.ts) reads decimal digits only.
    const hex = await page.goto('/members/maria-eagle?answersPage=0x10');
    expect(hex?.status()).toBe(400);
    await expect(page.getByText('Ignored “answersPage”: Page must be a whole number from 1 to 100,000')).toBeVisible();
  });
});

test('Edward Morello’s page lists his question in the shared questions table', async ({ page }) => {
  await page.goto('/members/edward-morello');
  const questions = page.getByRole('region', { name: 'Questions asked', exact: true });
  await expect(questions.getByRole('link', { name: /cooperation with European partners/ })).toHaveAttribute('href', SEED_QUESTION);
});
