import { expect, test, type Locator, type Page } from '@playwright/test';

// The search page's layout, measured: boxes and computed styles, so a stylesheet that stops applying
// (an unclosed @media block once confined every search rule to narrow screens) fails here, not in a
// reader's browser. A view with a search, filters in force (panel open) and chips.
const VIEW = '/questions?q=defence&status=answered&department=ministry-of-defence';
const ACCENT = 'rgb(18, 67, 109)'; // --accent

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;
const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
const style = (locator: Locator, property: string) => locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

const searchInput = (page: Page) => page.getByRole('searchbox', { name: 'Search questions and answers' });
const searchButton = (page: Page) => page.getByRole('button', { name: 'Search', exact: true });
const panel = (page: Page) => page.locator('details.filter-panel');
const grid = (page: Page) => page.locator('.filter-panel__grid');
const field = (page: Page, label: string) => page.locator('.filter-panel__field').filter({ has: page.getByText(label, { exact: true }) }).first();
const chips = (page: Page) => page.locator('.active-filters .chip');
const tableRegion = (page: Page) => page.getByRole('region', { name: /Written questions/ });

async function expectStyledControls(page: Page) {
  // The panel is a bordered, rounded box whose open summary is shaded (browser default: no border).
  await expect(panel(page)).toHaveAttribute('open', '');
  expect(await style(panel(page), 'border-top-style')).toBe('solid');
  expect(await style(panel(page), 'border-top-left-radius')).toBe('6px');
  expect(await style(panel(page).locator('> summary'), 'background-color')).toBe('rgb(244, 245, 247)');
  expect(await style(grid(page), 'display')).toBe('grid');
  // Status choices are plain-weight rows, not bold inline labels.
  const check = page.locator('.filter-panel__check').first();
  expect(await style(check, 'display')).toBe('flex');
  expect(await style(check, 'font-weight')).toBe('400');
  // Selects and pickers fill their field.
  for (const label of ['House', 'Asking member']) {
    const f = field(page, label);
    const control = f.locator('select, input:not([type="hidden"])').first();
    expect((await boxOf(control)).width).toBeGreaterThan((await boxOf(f)).width - 2);
  }
  // The chosen department is a rounded token with its remove button inside it.
  const token = page.locator('.picker__token').first();
  await expect(token).toContainText('Ministry of Defence');
  expect(await style(token, 'border-top-left-radius')).toBe('999px');
  expect(await style(token, 'display')).toBe('flex'); // inline-flex, made block-level as an item of the tokens' flex row
  expect(await style(page.locator('.picker__tokens'), 'list-style-type')).toBe('none');
  // Chips: outlined pills in the accent colour, not underlined links in a bulleted list.
  await expect(chips(page)).toHaveCount(3);
  for (const chip of await chips(page).all()) {
    expect(await style(chip, 'display')).toBe('inline-flex');
    expect(await style(chip, 'border-top-left-radius')).toBe('999px');
    expect(await style(chip, 'border-top-color')).toBe(ACCENT);
    expect(await style(chip, 'text-decoration-line')).toBe('none');
  }
  expect(await style(page.locator('.active-filters__list'), 'display')).toBe('flex');
  // The search box's larger text.
  expect(await style(searchInput(page), 'font-size')).toBe('16.8px');
  // Every control stays inside its own field, and every field inside the panel: nothing spills into
  // its neighbour (date inputs are wider than they look).
  const spills = await page.locator('.filter-panel__field').evaluateAll((fields) => {
    const panelBox = fields[0]!.closest('.filter-panel')!.getBoundingClientRect();
    return fields.flatMap((field) => {
      const f = field.getBoundingClientRect();
      const outside = f.left < panelBox.left || f.right > panelBox.right ? [`field ${field.textContent?.slice(0, 30)}`] : [];
      const controls = [...field.querySelectorAll('input:not([type="hidden"]), select, button')].filter((c) => c.getClientRects().length > 0);
      return outside.concat(controls.filter((c) => c.getBoundingClientRect().left < f.left - 0.5 || c.getBoundingClientRect().right > f.right + 0.5).map((c) => `${c.id || c.tagName} in ${field.textContent?.slice(0, 30)}`));
    });
  });
  expect(spills).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(viewport);
}

test.describe('desktop (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the search page is laid out: a wide search box, filters in columns, chips, then the results', async ({ page }) => {
    await page.goto(VIEW);
    await expectStyledControls(page);

    // The search box grows to fill the row, with its button beside it.
    const input = await boxOf(searchInput(page));
    const button = await boxOf(searchButton(page));
    expect(input.width).toBeGreaterThan(600);
    expect(button.x).toBeGreaterThanOrEqual(right(input));
    expect(button.y).toBeLessThan(bottom(input));

    // Filter fields sit side by side in several columns across the panel.
    const columns = (await style(grid(page), 'grid-template-columns')).split(' ').length;
    expect(columns).toBeGreaterThanOrEqual(3);
    const house = await boxOf(field(page, 'House'));
    const status = await boxOf(field(page, 'Status'));
    const asking = await boxOf(field(page, 'Asking member'));
    expect(status.x).toBeGreaterThan(right(house));
    expect(Math.abs(status.y - house.y)).toBeLessThan(4);
    expect(asking.x).toBeGreaterThan(right(status));
    expect(Math.abs(asking.y - house.y)).toBeLessThan(4);

    // Chips share one row.
    const chipBoxes = await Promise.all((await chips(page).all()).map(boxOf));
    expect(new Set(chipBoxes.map((b) => Math.round(b.y))).size).toBe(1);

    // The results table spans the page below the panel.
    const panelBox = await boxOf(panel(page));
    const results = await boxOf(tableRegion(page));
    expect(results.y).toBeGreaterThan(bottom(panelBox));
    expect(Math.abs(results.x - panelBox.x)).toBeLessThan(2);
    expect(Math.abs(results.width - panelBox.width)).toBeLessThan(2);
    await expectNoSidewaysScroll(page);
  });
});

test.describe('phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the search page stacks in one column and never scrolls sideways', async ({ page }) => {
    await page.goto(VIEW);
    await expectStyledControls(page);
    const width = page.viewportSize()!.width;

    // The search box takes the whole row; its buttons wrap below it.
    const input = await boxOf(searchInput(page));
    const button = await boxOf(searchButton(page));
    expect(input.width).toBeGreaterThan(width - 40);
    expect(button.y).toBeGreaterThanOrEqual(bottom(input));

    // One column of filters, each the width of the panel, one under the other.
    expect((await style(grid(page), 'grid-template-columns')).split(' ')).toHaveLength(1);
    const gridBox = await boxOf(grid(page));
    const boxes = await Promise.all(['House', 'Status', 'Asking member', 'Department'].map((label) => boxOf(field(page, label))));
    for (const [i, b] of boxes.entries()) {
      expect(Math.abs(b.width - gridBox.width)).toBeLessThan(2);
      if (i > 0) expect(b.y).toBeGreaterThanOrEqual(bottom(boxes[i - 1]!));
    }

    // Everything on the page fits the screen (the table scrolls inside its own region).
    for (const b of [...boxes, gridBox, await boxOf(panel(page)), ...(await Promise.all((await chips(page).all()).map(boxOf)))]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(right(b)).toBeLessThanOrEqual(width);
    }
    expect(right(await boxOf(tableRegion(page)))).toBeLessThanOrEqual(width);
    await expectNoSidewaysScroll(page);
  });
});
