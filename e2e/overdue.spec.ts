import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { insertOverdueFixture } from './fixtures/stories-db';

test.describe('overdue dashboard', () => {
  test('groups overdue questions by department, oldest first, named-day ones highlighted, each linking to its question', async ({ page }) => {
    const fixture = insertOverdueFixture();
    const response = await page.goto('/overdue');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Overdue questions' })).toBeVisible();

    for (const department of fixture.departments) {
      const section = page.getByRole('region', { name: department.name, exact: true });
      await expect(section).toBeVisible();
      await expect(section).toContainText('2 overdue, 1 named-day');
      const rows = section.getByRole('row');
      // Header row, then oldest first: the older (ordinary) question, then the newer named-day one.
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(1)).toContainText(department.questions[0]!.heading);
      await expect(rows.nth(2)).toContainText(department.questions[1]!.heading);
      await expect(rows.nth(2).getByText('Named day')).toBeVisible();
      await expect(rows.nth(1).getByText('Named day')).toHaveCount(0);
      await expect(section.getByRole('link', { name: department.questions[0]!.heading })).toHaveAttribute('href', department.questions[0]!.href);
      // Days overdue are counted from the due date to today; the older question is more overdue.
      const days = async (n: number) => Number((await rows.nth(n).getByRole('cell').first().innerText()).replace(/\D/g, ''));
      expect(await days(1)).toBeGreaterThan(await days(2));
    }

    // The jump list names every department with a count and leads to its section.
    const jump = page.getByRole('navigation', { name: 'Departments with overdue questions' });
    await jump.getByRole('link', { name: `${fixture.departments[1]!.name} (2)` }).click();
    await expect(page).toHaveURL(new RegExp(`#overdue-${fixture.departments[1]!.slug}$`));

    // The MoD question due before every other MoD question heads the MoD group. (Another test running
    // at the same time inserts its own, a day older again: then that one heads it, and ours follows.)
    const mod = page.getByRole('region', { name: 'Ministry of Defence', exact: true });
    await expect(mod.getByRole('row').nth(1)).toContainText(/E2E overdue question 9 /);
    await expect(mod.getByRole('link', { name: fixture.modQuestion.heading })).toBeVisible();
  });

  test('has no accessibility violations', async ({ page }) => {
    insertOverdueFixture();
    await page.goto('/overdue');
    await expectNoAxeViolations(page);
  });
});
