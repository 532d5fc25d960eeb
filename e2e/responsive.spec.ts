import { expect, test, type Page } from '@playwright/test';

// Meant for the 'phone' project (Pixel 7); holds on a desktop too. Wide content may scroll only inside
// its own scroller, never the page.
async function pageOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

for (const path of ['/', '/questions']) {
  test(`${path} never scrolls the page sideways`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, viewport } = await pageOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  });
}

test('the questions table scrolls inside its own region when it is wider than the screen', async ({ page }, testInfo) => {
  await page.goto('/questions');
  const scroller = page.getByRole('region', { name: /Written questions/ });
  const box = await scroller.evaluate((el) => ({
    tableWidth: el.querySelector('table')!.getBoundingClientRect().width,
    clientWidth: el.clientWidth,
    overflowX: getComputedStyle(el).overflowX,
    right: el.getBoundingClientRect().right,
  }));
  expect(box.overflowX).toBe('auto');
  expect(box.right).toBeLessThanOrEqual(page.viewportSize()!.width);
  // On a phone the table is wider than the screen: it scrolls in its region, not the page.
  if (testInfo.project.name === 'phone') expect(box.tableWidth).toBeGreaterThan(box.clientWidth);
  const next = page.getByRole('link', { name: 'Next page' });
  await next.scrollIntoViewIfNeeded();
  await expect(next).toBeInViewport({ ratio: 1 });
});
