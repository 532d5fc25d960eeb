import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

// Runs on the e2e database: the seed case (the Morello question, DEMO-0001) and 400 demo questions.
const table = (page: Page) => page.getByRole('table', { name: 'Written questions' });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search questions and answers' });
const matchCount = (page: Page) => page.locator('h2.match-count');
const filters = (page: Page) => page.locator('summary').filter({ hasText: /^Filters/ });
/** Opens the filter panel (it starts open when filters are active). */
async function openFilters(page: Page) {
  if ((await page.locator('details.filter-panel').getAttribute('open')) === null) await filters(page).click();
}
const searchError = (page: Page) => page.getByRole('alert').filter({ hasText: 'This search could not be run' });
const MORELLO = '/questions/commons/2025-03-13/DEMO-0001';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
}

async function countOf(page: Page): Promise<number> {
  const text = await matchCount(page).innerText();
  return Number(/([\d,]+) question/.exec(text)![1]!.replace(/,/g, ''));
}

test('typing a search finds the seed question and highlights where it matched', async ({ page }) => {
  await page.goto('/questions');
  await searchBox(page).pressSequentially('Par', { delay: 30 });
  await page.waitForTimeout(700); // a pause: the first search runs, the table reloads
  await searchBox(page).pressSequentially('is', { delay: 30 });
  await expect(page).toHaveURL(/[?&]q=Paris(&|$)/);
  await expect(searchBox(page)).toHaveValue('Paris');
  await expect(searchBox(page)).toBeFocused();
  const row = bodyRows(page).filter({ has: page.locator(`a[href="${MORELLO}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row.locator('mark').filter({ hasText: /^Paris$/ }).first()).toBeVisible();
  await expect(row.locator('.match-snippets__where').first()).toHaveText(/Question:|Answer:/);
  await expect(page.getByRole('link', { name: /Remove filter Search: “Paris”/ })).toBeVisible();

  for (const q of ['E5', '"joint production"']) {
    await searchBox(page).fill(q);
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '(\\+|%20)')}`));
    await expect(bodyRows(page).locator(`a[href="${MORELLO}"]`)).toHaveCount(1);
  }
});

test('filters combine, return to page 1, show as chips that remove them one click each', async ({ page }) => {
  await page.goto('/questions?page=2');
  await openFilters(page);
  await page.getByRole('checkbox', { name: 'Answered (including corrected)', exact: true }).check();
  await expect(page).toHaveURL(/\/questions\?status=answered$/);
  await expect(page.getByRole('checkbox', { name: 'Answered (including corrected)', exact: true })).toBeFocused();
  const statuses = await bodyRows(page).locator('.badge[class*="status--"]').allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  // Corrected questions were answered too: the filter keeps them.
  expect(statuses).toContain('Answered');
  expect(statuses.every((status) => status === 'Answered' || status === 'Corrected')).toBe(true);

  const picker = page.getByRole('combobox', { name: 'Department' });
  await picker.fill('defen');
  await page.getByRole('option', { name: /Ministry of Defence/ }).click();
  await expect(page).toHaveURL(/status=answered&department=ministry-of-defence|department=ministry-of-defence.*status=answered/);
  const departments = await bodyRows(page).locator('td:nth-child(5) a').allInnerTexts();
  expect(departments.length).toBeGreaterThan(0);
  expect(new Set(departments)).toEqual(new Set(['Ministry of Defence']));
  const both = await countOf(page);

  await page.getByRole('link', { name: 'Remove filter Status: Answered (including corrected)' }).click();
  await expect(page).toHaveURL(/\/questions\?department=ministry-of-defence$/);
  expect(await countOf(page)).toBeGreaterThan(both);
  await expect(page.getByRole('link', { name: /Remove filter Department: Ministry of Defence/ })).toBeVisible();
});

test('search results sort by a column and page, and go back to relevance', async ({ page }) => {
  await page.goto('/questions?q=funding');
  await expect(page.getByText('Most relevant first')).toBeVisible();
  await page.getByRole('button', { name: 'Tabled', exact: true }).click();
  await expect(page).toHaveURL(/q=funding&sort=dateTabled&dir=desc/);
  const dates = await bodyRows(page).locator('td:first-child time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  if ((await countOf(page)) > 50) {
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
  }
  await page.getByRole('link', { name: 'Sort by relevance' }).click();
  await expect(page).toHaveURL(/\/questions\?q=funding$/);
});

test('a copied address reproduces the same view, and Back returns to the previous one', async ({ page, context }) => {
  const address = '/questions?q=support&department=ministry-of-defence&status=answered&sort=dateAnswered&dir=asc&size=25';
  // React may reveal the streamed table a moment after the load event: wait for its rows each time.
  const rowHeadings = async (p: Page) => {
    await expect(bodyRows(p).getByRole('rowheader').first()).toBeVisible();
    return bodyRows(p).getByRole('rowheader').allInnerTexts();
  };
  await page.goto(address);
  const headings = await rowHeadings(page);
  expect(headings.length).toBeGreaterThan(0);
  const total = await countOf(page);
  await page.reload();
  expect(await rowHeadings(page)).toEqual(headings);
  const other = await context.newPage();
  await other.goto(address);
  expect(await rowHeadings(other)).toEqual(headings);
  expect(await countOf(other)).toBe(total);
  await expect(searchBox(other)).toHaveValue('support');
  await openFilters(other);
  await expect(other.getByRole('checkbox', { name: 'Answered (including corrected)', exact: true })).toBeChecked();
  await expect(other.getByRole('button', { name: 'Remove Ministry of Defence' })).toBeVisible();

  await page.getByRole('link', { name: /Remove filter Search/ }).click();
  await expect(page).not.toHaveURL(/q=support/);
  await page.goBack();
  await expect(page).toHaveURL(/q=support/);
  await expect(searchBox(page)).toHaveValue('support');
});

test('exports the filtered view as CSV with every matching row', async ({ page }) => {
  await page.goto('/questions?house=commons&status=answered&size=25');
  const total = await countOf(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Export CSV/ }).click();
  const file = await (await download).path();
  const rows = parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(total);
  expect(total).toBeGreaterThan(25); // all rows, not just the page
  expect(new Set(rows.map((r) => r.house))).toEqual(new Set(['commons']));
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['answered', 'corrected']));
  expect(rows[0]!.date_tabled).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // Links in the file lead to this site as the reader reached it, never the listening address 0.0.0.0.
  const base = new URL(page.url()).origin;
  expect(rows.every((r) => r.url!.startsWith(`${base}/questions/commons/`))).toBe(true);

  const json = await page.request.get('/questions/export.json?q=E5');
  expect(json.headers()['content-type']).toContain('application/json');
  const body = (await json.json()) as { rows: { uin: string }[]; count: number };
  expect(body.rows.map((r) => r.uin)).toContain('DEMO-0001');
  const bad = await page.request.get('/questions/export.csv?status=lost');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('Status');
});

test('an export follows the table\'s sort: "Download this view"', async ({ page }) => {
  const questionLinks = (p: Page) => bodyRows(p).locator('th[scope="row"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.goto('/questions?status=answered&sort=member&dir=asc&size=25');
  await expect(bodyRows(page).first()).toBeVisible();
  const firstPage = await questionLinks(page);
  expect(firstPage).toHaveLength(25);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Export CSV/ }).click();
  const rows = parse(readFileSync(await (await download).path(), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.length).toBe(await countOf(page));
  // The file starts with the table's first page and second page, in the table's order (asking member, A to Z).
  const paths = rows.map((r) => new URL(r.url!).pathname);
  expect(paths.slice(0, 25)).toEqual(firstPage);
  await page.goto('/questions?status=answered&sort=member&dir=asc&size=25&page=2');
  await expect(bodyRows(page).first()).toBeVisible();
  expect(paths.slice(25, 50)).toEqual(await questionLinks(page));
});

test('has no accessibility violations with the filters and search tips open', async ({ page }) => {
  test.setTimeout(90_000); // two axe scans of a 50-row table; slow when the suite runs in parallel
  await page.goto('/questions?q=defence&status=answered');
  await openFilters(page);
  await expect(page.getByRole('combobox', { name: 'Asking member', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Asking member', exact: true }).fill('a');
  await expect(page.getByRole('listbox', { name: 'Asking member suggestions' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Search tips' }).click();
  await expect(page.getByRole('heading', { name: 'Search tips' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('malformed searches and parameters are explained (400 where nothing could run), never a server error', async ({ page }) => {
  let response = await page.goto(`/questions?q=${encodeURIComponent('-nuclear')}`);
  expect(response?.status()).toBe(400);
  await expect(searchError(page)).toContainText('at least one word');

  response = await page.goto('/questions?status=lost&tabledFrom=2025-02-30');
  expect(response?.status()).toBe(400);
  await expect(searchError(page)).toContainText('not a date');
  await expect(searchError(page)).toContainText('Status');

  response = await page.goto(`/questions?q=${encodeURIComponent('"joint production OR ^ * (')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('How your search was read')).toBeVisible();
  await expect(bodyRows(page).locator(`a[href="${MORELLO}"]`)).toHaveCount(1);
});
