import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('home shows status counts, latest answers and the London Pulse News coverage', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const glance = page.getByRole('region', { name: 'Questions at a glance' });
  for (const label of ['Overdue', 'Awaiting answer', 'Holding answer', 'Answered this week']) {
    const tile = glance.getByRole('listitem').filter({ hasText: label });
    await expect(tile.locator('.stat')).toHaveText(/^[\d,]+$/);
  }

  const answers = page.getByRole('region', { name: 'Latest answers' });
  const items = answers.getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(0);
  const first = items.first();
  await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/questions\/(commons|lords)\/\d{4}-\d{2}-\d{2}\//);
  await expect(first).toContainText(/Asked by .+ · /);
  await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(answers).toContainText(/answered in \d+ days?/);

  const coverage = page.getByRole('region', { name: 'Newest coverage' });
  const article = coverage.getByRole('listitem').filter({ hasText: 'London Pulse News' });
  const headline = article.getByRole('link', { name: 'UK Deepens Defence Collaboration with Europe on Joint Weapons Production' });
  await expect(headline).toHaveAttribute('href', /^\/coverage\/\d+$/);
  await expect(article).toContainText('Published 21 March 2025');
  await expect(article).toContainText('Date not reported: placeholder');
  // The stored address is a placeholder: it must not be offered as a link.
  await expect(article).toContainText('Article address not reported');
  await expect(article.locator('a[href*=".invalid"]')).toHaveCount(0);
  await expect(article.getByText('Demo data')).toHaveCount(0);
  await expect(article.getByRole('link', { name: /cooperation with European partners/ })).toHaveAttribute(
    'href',
    '/questions/commons/2025-03-13/DEMO-0001',
  );

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('the question total on the home page matches the table', async ({ page }) => {
  await page.goto('/');
  const browse = page.getByRole('link', { name: /^Browse (all|the) [\d,]+ questions?$/ });
  const total = (await browse.innerText()).match(/[\d,]+/)![0];
  await browse.click();
  await expect(page).toHaveURL(/\/questions$/);
  // "Showing 1–50 of 5,987 questions", or "Showing 1 question" when there is only one.
  await expect(page.locator('.data-table__summary')).toContainText(total === '1' ? 'Showing 1 question' : `of ${total} questions`);
});

test('the header links to the questions', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' });
  await expect(link).not.toHaveAttribute('aria-current', /.+/);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Written questions' })).toBeVisible();
  await expect(link).toHaveAttribute('aria-current', 'page');
});
