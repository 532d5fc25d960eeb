import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { dbTask } from './fixtures/e2e-db';

const table = (page: Page, name: string) => page.getByRole('table', { name });
const bodyRows = (page: Page, name: string) => table(page, name).locator('tbody tr');
const summary = (page: Page) => page.locator('.data-table__summary');
const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' });
// The filter form, not the table's column chooser (whose checkboxes share the columns' names).
const filters = (page: Page, name: string) => page.getByRole('search', { name });

/** The texts of one column (by its header's text) down the current page. */
async function column(page: Page, tableName: string, header: string): Promise<string[]> {
  const headers = await table(page, tableName).locator('thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.replace(/[▲▼↕]/g, '').trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return bodyRows(page, tableName).locator(`> :nth-child(${index + 1})`).allInnerTexts();
}

const numbers = (texts: string[]) => texts.map((t) => Number(t.replace(/,/g, '')));
const isDescending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! >= v);

/** Commons members of a party in the seeded database, and the one who asked most questions. */
function labourCommons(): { count: number; topAsker: string } {
  const { count, top } = dbTask('labourCommons');
  // The test reads the first row by name, so the top asker must be unique.
  expect(top[0]!.asked).toBeGreaterThan(top[1]!.asked);
  return { count, topAsker: top[0]!.name };
}

test.describe('members list', () => {
  test('filter by party and house, sort by questions asked, page, reload the copied address, remove a filter chip', async ({ page }) => {
    const expected = labourCommons();
    expect(expected.count).toBeGreaterThan(50);
    await page.goto('/members');
    await filters(page, 'Filter members').getByLabel('Party').selectOption({ label: 'Labour' });
    await filters(page, 'Filter members').getByLabel('House').selectOption({ label: 'Commons' });
    await page.getByRole('button', { name: 'Show members' }).click();
    await expect(page).toHaveURL(/\/members\?house=commons&party=labour$/);
    // Focus moves to the match count, which says what the new view holds.
    await expect(page.getByText(`${expected.count} members match`)).toBeFocused();
    await expect(chips(page).getByRole('link')).toHaveText(['Remove filter House: Commons×', 'Remove filter Party: Labour×']);
    expect(new Set(await column(page, 'Members', 'Party'))).toEqual(new Set(['Labour']));
    expect(new Set(await column(page, 'Members', 'House'))).toEqual(new Set(['Commons']));

    await page.getByRole('button', { name: 'Questions asked' }).click();
    await expect(page).toHaveURL(/sort=questions&dir=desc/);
    await expect(page.getByRole('columnheader', { name: 'Questions asked' })).toHaveAttribute('aria-sort', 'descending');
    await expect(bodyRows(page, 'Members').first().getByRole('rowheader').getByRole('link')).toHaveText(expected.topAsker);
    const firstPage = numbers(await column(page, 'Members', 'Questions asked'));
    expect(isDescending(firstPage)).toBe(true);

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(summary(page)).toContainText(`Showing 51–${expected.count} of ${expected.count} members`);
    const secondPage = await column(page, 'Members', 'Member');
    const secondCounts = numbers(await column(page, 'Members', 'Questions asked'));
    expect(isDescending(secondCounts)).toBe(true);
    expect(secondCounts[0]!).toBeLessThanOrEqual(firstPage.at(-1)!);

    // A copied address opens the same view: filters, order and page.
    const copied = page.url();
    await page.goto('about:blank');
    await page.goto(copied);
    await expect(filters(page, 'Filter members').getByLabel('Party')).toHaveValue('labour');
    await expect(filters(page, 'Filter members').getByLabel('House')).toHaveValue('commons');
    await expect(page.getByRole('columnheader', { name: 'Questions asked' })).toHaveAttribute('aria-sort', 'descending');
    expect(await column(page, 'Members', 'Member')).toEqual(secondPage);

    // Removing a chip drops that filter and the page, and keeps the rest of the view.
    await chips(page).getByRole('link', { name: 'Remove filter Party: Labour' }).click();
    await expect(page).toHaveURL(/\/members\?house=commons&sort=questions&dir=desc$/);
    await expect(filters(page, 'Filter members').getByLabel('Party')).toHaveValue('');
    await expect(chips(page).getByRole('link')).toHaveText(['Remove filter House: Commons×']);
    await expect(page.getByText(/^[\d,]+ members match$/)).toBeFocused();
    await expect(summary(page)).toContainText(/^Showing 1–50 of/);
    expect(new Set(await column(page, 'Members', 'Party')).size).toBeGreaterThan(1);
  });

  test('shows current ministers with their posts, and the seed case as reported', async ({ page }) => {
    await page.goto('/members?minister=yes&q=eagle');
    const row = bodyRows(page, 'Members').filter({ hasText: 'Eagle, Maria' });
    await expect(row).toContainText('Defence Minister');
    await expect(row.getByRole('cell').nth(0)).toContainText('Not reported'); // party
    await page.goto('/members?q=morello');
    const morello = bodyRows(page, 'Members').filter({ hasText: 'Morello, Edward' });
    await expect(morello).toContainText('Liberal Democrat');
    // His only question's date tabled is a placeholder, and says so.
    await expect(morello.getByRole('link', { name: /placeholder/ })).toHaveAttribute('href', '/questions/commons/2025-03-13/DEMO-0001');
    await expect(filters(page, 'Filter members').getByLabel('Current ministers only')).not.toBeChecked();
  });

  test('has no accessibility violations with filters applied', async ({ page }) => {
    await page.goto('/members?house=commons&party=labour&minister=yes&sort=latest&dir=desc');
    await expect(filters(page, 'Filter members').getByLabel('Current ministers only')).toBeChecked();
    await expectNoAxeViolations(page);
  });

  test('explains bad addresses instead of failing', async ({ page }) => {
    const response = await page.goto('/members?party=nobody-at-all&house=upper&minister=maybe&sort=colour&page=0');
    expect(response?.status()).toBe(400);
    const problems = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(problems).toContainText('no party has the address “nobody-at-all”');
    await expect(problems).toContainText('Ignored “house”: House must be commons or lords.');
    await expect(problems).toContainText('Ignored “minister”');
    await expect(problems).toContainText('Ignored sort=“colour”');
    await expect(problems).toContainText('Ignored page=“0”');
    await expect(summary(page)).toContainText(/^Showing 1–50 of/);
  });
});

test.describe('departments and topics lists', () => {
  test('departments sort by overdue count and filter by name', async ({ page }) => {
    await page.goto('/departments');
    await page.getByRole('button', { name: 'Overdue today' }).click();
    await expect(page).toHaveURL(/sort=overdue&dir=desc/);
    expect(isDescending(numbers(await column(page, 'Departments', 'Overdue today')))).toBe(true);
    await filters(page, 'Filter departments').getByLabel('Department name').fill('defence');
    await page.getByRole('button', { name: 'Show departments' }).click();
    await expect(page).toHaveURL(/\/departments\?q=defence&sort=overdue&dir=desc$/);
    await expect(bodyRows(page, 'Departments')).toHaveCount(1);
    await expect(table(page, 'Departments').getByRole('link', { name: 'Ministry of Defence', exact: true })).toHaveAttribute('href', '/departments/ministry-of-defence');
    await expect(page.getByText('1 department matches')).toBeFocused();
    await expectNoAxeViolations(page);
    await chips(page).getByRole('link', { name: 'Remove filter Name: “defence”' }).click();
    await expect(page).toHaveURL(/\/departments\?sort=overdue&dir=desc$/);
    await expect(filters(page, 'Filter departments').getByLabel('Department name')).toHaveValue('');
    await expect(page.locator('.data-table__summary')).toBeFocused();
  });

  test('topics sort by questions and latest activity and filter by name', async ({ page }) => {
    await page.goto('/topics');
    await page.getByRole('button', { name: 'Questions' }).click();
    await expect(page).toHaveURL(/sort=questions&dir=desc/);
    expect(isDescending(numbers(await column(page, 'Topics', 'Questions')))).toBe(true);
    await page.getByRole('button', { name: 'Latest activity' }).click();
    await expect(page).toHaveURL(/sort=latest&dir=desc/);
    const latest = await table(page, 'Topics').locator('tbody time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(latest).toEqual([...latest].sort().reverse());

    await filters(page, 'Filter topics').getByLabel('Topic name').fill('European defence');
    await page.getByRole('button', { name: 'Show topics' }).click();
    await expect(page).toHaveURL(/\/topics\?q=European\+defence&sort=latest&dir=desc$/);
    const row = bodyRows(page, 'Topics');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('rowheader').getByRole('link')).toHaveAttribute('href', '/topics/european-defence-cooperation');
    // Its latest activity is the article, whose publication date was not reported.
    await expect(row).toContainText('Article');
    await expect(row).toContainText('Not reported');
    await expectNoAxeViolations(page);
  });
});
