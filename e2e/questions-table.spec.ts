import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const table = (page: Page) => page.getByRole('table', { name: 'Written questions' });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const columnsToggle = (page: Page) => page.locator('summary').filter({ hasText: /^Columns/ });
const summary = (page: Page) => page.locator('.data-table__summary');
// A row is told apart by its question's address: headings repeat (many demo questions are headed "NHS").
const firstQuestion = async (page: Page) => (await bodyRows(page).first().getByRole('rowheader').getByRole('link').getAttribute('href')) ?? '';

async function tabledDates(page: Page): Promise<string[]> {
  return bodyRows(page).locator('td:first-child time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
}

test('lists questions newest tabled first, 50 to a page', async ({ page }) => {
  await page.goto('/questions');
  await expect(page.getByRole('heading', { level: 1, name: 'Written questions' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tabled' })).toHaveAttribute('aria-sort', 'descending');
  await expect(summary(page)).toContainText(/Showing 1–50 of [\d,]+ questions/);
  await expect(bodyRows(page)).toHaveCount(50);
  const dates = await tabledDates(page);
  expect(dates).toEqual([...dates].sort().reverse());
  await expect(page.getByText(/Page 1 of [\d,]+/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('sorting by a header changes the order and the URL, and keeps focus on the header', async ({ page }) => {
  await page.goto('/questions');
  const uinButton = page.getByRole('button', { name: 'UIN', exact: true });
  await uinButton.click();
  await expect(page).toHaveURL(/[?&]sort=uin&dir=asc/);
  await expect(page.getByRole('columnheader', { name: 'UIN' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Tabled' })).not.toHaveAttribute('aria-sort', /.+/);
  const uins = await bodyRows(page).locator('td:nth-child(2) .mono').allInnerTexts();
  expect(uins.length).toBe(50);
  expect(uins).toEqual([...uins].sort());
  await expect(uinButton).toBeFocused();

  // Keyboard: Enter on the focused header flips the direction.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]sort=uin&dir=desc/);
  await expect(page.getByRole('columnheader', { name: 'UIN' })).toHaveAttribute('aria-sort', 'descending');
  const desc = await bodyRows(page).locator('td:nth-child(2) .mono').allInnerTexts();
  expect(desc).toEqual([...desc].sort().reverse());
  await expect(uinButton).toBeFocused();
});

test('sorting by status puts the most urgent first', async ({ page }) => {
  await page.goto('/questions');
  await page.getByRole('button', { name: 'Status', exact: true }).click();
  await expect(page).toHaveURL(/sort=status&dir=asc/);
  const order = ['Overdue', 'Awaiting answer', 'Holding answer', 'Answered', 'Corrected', 'Withdrawn'];
  const statuses = await bodyRows(page).locator('.badge[class*="status--"]').allInnerTexts();
  const ranks = statuses.map((s) => order.indexOf(s));
  expect(ranks.every((rank) => rank >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test('paging changes rows and URL; reload keeps the view; back and forward restore it', async ({ page }) => {
  await page.goto('/questions');
  const page1First = await firstQuestion(page);
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(summary(page)).toContainText(/Showing 51–100 of/);
  await expect(page.getByText(/Page 2 of/)).toBeVisible();
  const page2First = await firstQuestion(page);
  expect(page2First).not.toBe(page1First);
  const page2Dates = await tabledDates(page);

  await page.reload();
  await expect(summary(page)).toContainText(/Showing 51–100 of/);
  expect(await firstQuestion(page)).toBe(page2First);
  expect(await tabledDates(page)).toEqual(page2Dates);

  await page.goBack();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(summary(page)).toContainText(/Showing 1–50 of/);
  expect(await firstQuestion(page)).toBe(page1First);

  await page.goForward();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(summary(page)).toContainText(/Showing 51–100 of/);

  await page.getByRole('link', { name: 'Last page' }).click();
  await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await page.getByRole('link', { name: 'First page' }).click();
  await expect(page).toHaveURL(/\/questions$/);
});

test('changing the page size goes back to page 1', async ({ page }) => {
  await page.goto('/questions?page=2');
  await page.getByLabel('Rows per page').selectOption('25');
  await expect(page).toHaveURL(/\/questions\?size=25$/);
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(summary(page)).toContainText(/Showing 1–25 of/);
  await expect(page.getByLabel('Rows per page')).toHaveValue('25');
});

test('columns can be hidden and shown, and the choice survives a reload', async ({ page }) => {
  await page.goto('/questions');
  await columnsToggle(page).click();
  const department = page.getByRole('checkbox', { name: 'Department' });
  await expect(department).toBeChecked();
  await department.uncheck();
  await expect(page).toHaveURL(/[?&]hide=department/);
  await expect(page.getByRole('columnheader', { name: 'Department' })).toHaveCount(0);
  await expect(department).toBeFocused();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Department' })).toHaveCount(0);
  await expect(columnsToggle(page)).toHaveText('Columns (1 hidden)');
  await columnsToggle(page).click();
  await expect(page.getByRole('checkbox', { name: 'Department' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Show all columns' }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByRole('columnheader', { name: 'Department' })).toBeVisible();
});

/** The notice of a view that cannot be shown (Next's route announcer is an alert too). */
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'This search could not be run' });

test('invalid table parameters are a cheap 400 page naming each, with a link to the view without them', async ({ page }) => {
  // No search runs for an invalid address (server/search/questions-view.ts): it is never cached, so a
  // costly search with &hide=zz appended must not cost anything.
  const response = await page.goto('/questions?q=defence&page=abc&size=7&sort=unknown&dir=up&hide=nope');
  expect(response?.status()).toBe(400);
  const notice = refusal(page);
  await expect(notice).toContainText('page=“abc”');
  await expect(notice).toContainText('choose 25, 50 or 100 questions per page');
  await expect(notice).toContainText('sort=“unknown”');
  await expect(notice).toContainText('hide=“nope”');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await notice.getByRole('link', { name: 'Show the table without these parameters' }).click();
  await expect(page).toHaveURL(/\/questions\?q=defence$/);
  await expect(refusal(page)).toHaveCount(0);
  await expect(bodyRows(page).first()).toBeVisible();
});

test('a page number beyond 100,000 or not in decimal digits is refused with the limit named', async ({ page }) => {
  for (const value of ['1000000', '0x10', '1e3']) {
    const response = await page.goto(`/questions?page=${value}`);
    expect(response?.status(), value).toBe(400);
    await expect(refusal(page)).toContainText(`page=“${value}”: a page is a whole number from 1 to 100,000`);
  }
});

test('a search over the caps is refused with 400 and says which cap', async ({ page }) => {
  const starts = ['pro', 'con', 'dep', 'gov', 'min', 'sec', 'sta', 'ass', 'rep'].map((s) => `${s}*`).join(' OR ');
  const response = await page.goto(`/questions?q=${encodeURIComponent(starts)}`);
  expect(response?.status()).toBe(400);
  await expect(refusal(page)).toContainText('The search has 9 word starts ending in *. Use 8 or fewer');
  await expectNoAxeViolations(page);
});

test('a page past the end says so and links back to page 1', async ({ page }) => {
  const response = await page.goto('/questions?page=100000');
  expect(response?.status()).toBe(200);
  await expect(table(page)).toContainText('There is no page 100,000');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to page 1' }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(bodyRows(page)).toHaveCount(50);
});
