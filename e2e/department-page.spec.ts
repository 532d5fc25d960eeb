import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { insertOverdueFixture } from './fixtures/stories-db';

test.describe('the Ministry of Defence page', () => {
  test('shows its overdue questions, oldest first, with named-day ones marked', async ({ page }) => {
    const fixture = insertOverdueFixture();
    const response = await page.goto('/departments/ministry-of-defence');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Ministry of Defence' })).toBeVisible();

    const overdue = page.getByRole('region', { name: 'Overdue now', exact: true });
    const first = overdue.getByRole('row').nth(1);
    await expect(first).toContainText(fixture.modQuestion.heading);
    await expect(first.getByText('Named day')).toBeVisible();
    await expect(first.getByRole('link', { name: fixture.modQuestion.heading })).toHaveAttribute('href', fixture.modQuestion.href);
  });

  test('shows answer-time figures with charts that have words and data tables, ministers over time and their meetings', async ({ page }) => {
    await page.goto('/departments/ministry-of-defence');
    const times = page.getByRole('region', { name: 'Answer times', exact: true });
    await expect(times).toContainText('Days are calendar days');
    await expect(times).toContainText('A holding answer does not count as an answer');
    const median = times.getByRole('figure', { name: 'Median days to answer, by month due' });
    await expect(median.getByRole('img', { name: /Median days to answer by month due, Ministry of Defence/ })).toBeVisible();
    // The chart is server-rendered SVG: it is in the HTML before any script runs.
    const html = await (await page.request.get('/departments/ministry-of-defence')).text();
    expect(html).toMatch(/<svg(?=[^>]*role="img")(?=[^>]*aria-label="Median days to answer by month due)/);
    await median.getByText('Show the data as a table').click();
    await expect(median.getByRole('table', { name: 'Answer times by month due, Ministry of Defence' })).toBeVisible();
    await expect(median.getByRole('rowheader', { name: 'March 2025' })).toBeVisible();
    await expect(times.getByRole('figure', { name: 'Share answered by the due date, by month due' })).toBeVisible();

    const ministers = page.getByRole('region', { name: 'Ministers over time', exact: true });
    await expect(ministers.getByRole('row').filter({ hasText: 'Maria Eagle' })).toContainText('Defence Minister');
    await expect(ministers.getByRole('row').filter({ hasText: 'John Healey' })).toContainText('Secretary of State for Defence');
    // The demo data never contradicts the seed case: John Healey is the only Secretary of State for Defence.
    await expect(ministers.getByRole('row').filter({ hasText: 'Secretary of State for Defence' })).toHaveCount(1);

    const meetings = page.getByRole('region', { name: 'Meetings of its ministers', exact: true });
    await expect(meetings.getByRole('listitem').first().getByRole('link')).toHaveAttribute('href', /^\/meetings\/\d+$/);
    // Eagle's Paris bilateral is one of them (her post's dates are not reported, so it counts at any date).
    await page.goto('/meetings?department=ministry-of-defence&from=2025-03-11&to=2025-03-11');
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Ministry of Defence');
    await expect(page.getByRole('table', { name: /Ministers’ meetings/ }).getByRole('link', { name: 'Bilateral meeting with the French counterpart' })).toBeVisible();
  });

  test('has no accessibility violations', async ({ page }) => {
    insertOverdueFixture();
    await page.goto('/departments/ministry-of-defence');
    await page.getByText('Show the data as a table').first().click();
    await expectNoAxeViolations(page);
  });

  test('lists every department, and answers an unknown one or a bad page number clearly', async ({ page }) => {
    await page.goto('/departments');
    await expect(page.getByRole('link', { name: 'Ministry of Defence', exact: true })).toHaveAttribute('href', '/departments/ministry-of-defence');
    await expectNoAxeViolations(page);

    const missing = await page.goto('/departments/ministry-of-silly-walks');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

    const bad = await page.goto('/departments/ministry-of-defence?overduePage=minus-one');
    expect(bad?.status()).toBe(400); // the page explains; the status says the address was wrong
    await expect(page.getByRole('status').filter({ hasText: 'Ignored “overduePage”' })).toBeVisible();
  });
});
