import { expect, test, type Page } from '@playwright/test';

// Runs in the 'phone' project (Pixel 7). Wide content may scroll only inside its own scroller.
async function pageOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

for (const path of ['/', '/questions']) {
  test(`${path} has no sideways page scroll on a phone`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, viewport } = await pageOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  });
}

test('the questions table scrolls inside its own region on a phone', async ({ page }) => {
  await page.goto('/questions');
  const scroller = page.getByRole('region', { name: /Written questions/ });
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // The pagination stays within the screen's width.
  const next = page.getByRole('link', { name: 'Next page' });
  await next.scrollIntoViewIfNeeded();
  await expect(next).toBeInViewport({ ratio: 1 });
});
