import { expect, test } from '@playwright/test';

// Runs in the 'phone' project (Pixel 7, its name matches /responsive\.spec\.ts/) and on the desktop.
// The pages around a question must never scroll sideways: wide tables scroll in their own region,
// charts shrink to the column.
const PAGES = [
  '/timeline',
  '/topics',
  '/topics/european-defence-cooperation',
  '/overdue',
  '/members',
  '/members/maria-eagle',
  '/members/edward-morello',
  '/departments',
  '/departments/ministry-of-defence',
  '/meetings',
  '/coverage',
];

for (const path of PAGES) {
  test(`${path} never scrolls the page sideways`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  });
}

test('a chart fits the screen and its data table scrolls in its own region', async ({ page }) => {
  await page.goto('/departments/ministry-of-defence');
  const figure = page.getByRole('figure', { name: 'Median days to answer, by month due' });
  const chart = figure.getByRole('img');
  const box = await chart.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await figure.getByText('Show the data as a table').click();
  const scroller = figure.getByRole('region', { name: 'Answer times by month due, Ministry of Defence' });
  await expect(scroller).toBeVisible();
  expect(await scroller.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
});
