import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';

const TOPIC = '/topics/european-defence-cooperation';
const PARIS = 'Bilateral meeting with the French counterpart';
const E5 = 'E5 defence ministers’ meeting';
const ARTICLE = /UK Deepens Defence Collaboration with Europe/;

/** Index of the first item containing `text`; fails the test if none does. */
async function indexOf(items: Locator, text: string | RegExp): Promise<number> {
  const texts = await items.allInnerTexts();
  const index = texts.findIndex((t) => (typeof text === 'string' ? t.includes(text) : text.test(t)));
  expect(index, `no timeline item contains ${text}`).toBeGreaterThanOrEqual(0);
  return index;
}

test.describe('topic timeline', () => {
  test('European defence cooperation tells the story in order: Paris, E5, the answer, the article', async ({ page }) => {
    const response = await page.goto(TOPIC);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'European defence cooperation' })).toBeVisible();
    const items = page.getByRole('list', { name: 'Timeline of European defence cooperation' }).getByRole('listitem');
    const paris = await indexOf(items, PARIS);
    const e5 = await indexOf(items, E5);
    const answer = await indexOf(items, 'Answered');
    const article = await indexOf(items, ARTICLE);
    expect([paris, e5, answer, article]).toEqual([...[paris, e5, answer, article]].sort((a, b) => a - b));
    expect(paris).toBe(0);
    await expect(items.nth(paris)).toContainText('11 March 2025');
    await expect(items.nth(e5)).toContainText('12 March 2025');
    await expect(items.nth(answer)).toContainText('Maria Eagle');
    // The answer's and the article's dates are placeholders, and say so.
    await expect(items.nth(article)).toContainText('not reported');
    await expect(items.nth(paris).getByRole('link', { name: PARIS })).toHaveAttribute('href', /^\/meetings\/\d+$/);
  });

  test('filters by kind and by date range through the URL', async ({ page }) => {
    await page.goto(TOPIC);
    const form = page.getByRole('form', { name: 'Filter the timeline' });
    await form.getByRole('checkbox', { name: /^Meetings/ }).check();
    await form.getByRole('checkbox', { name: /^Coverage/ }).check();
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/kind=meeting&kind=coverage/);
    const items = page.getByRole('list', { name: 'Timeline of European defence cooperation' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.nth(2)).toContainText(ARTICLE);

    await page.goto(`${TOPIC}?from=2025-03-12&to=2025-03-20`);
    await expect(items.first()).toContainText(E5);
    await expect(items.filter({ hasText: PARIS })).toHaveCount(0);
    await expect(items.filter({ hasText: ARTICLE })).toHaveCount(0);
    await expect(page.getByLabel('From')).toHaveValue('2025-03-12');
  });

  test('malformed filters give a message and the whole timeline, never an error', async ({ page }) => {
    const response = await page.goto(`${TOPIC}?from=2025-02-30&kind=bogus&order=sideways&cursor=%3Cscript%3E`);
    expect(response?.status()).toBe(400);
    const problems = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(problems).toContainText('Ignored “from”: “2025-02-30” is not a date');
    await expect(problems).toContainText('Ignored “kind”');
    await expect(page.getByRole('list', { name: 'Timeline of European defence cooperation' }).getByRole('listitem').first()).toContainText(PARIS);
    const missing = await page.goto('/topics/no-such-topic');
    expect(missing?.status()).toBe(404);
  });

  test('/timeline narrows everything to a topic or a member, as URL state', async ({ page }) => {
    await page.goto('/timeline');
    await page.getByLabel('Topic').selectOption({ label: 'European defence cooperation' });
    await page.getByLabel('Order').selectOption('oldest');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/topic=european-defence-cooperation/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: European defence cooperation');
    const items = page.getByRole('list', { name: 'Timeline: European defence cooperation' }).getByRole('listitem');
    expect(await indexOf(items, PARIS)).toBeLessThan(await indexOf(items, ARTICLE));

    await page.goto('/timeline?member=Maria%20Eagle&order=oldest');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Maria Eagle');
    await expect(page.getByRole('list', { name: 'Timeline: Maria Eagle' }).getByRole('listitem').first()).toContainText(PARIS);

    await page.goto('/timeline?member=Nobody%20At%20All&department=no-such-department');
    await expect(page.getByText('Ignored “member”: no member matches “Nobody At All”.')).toBeVisible();
    await expect(page.getByText('Ignored “department”: no department has the address “no-such-department”.')).toBeVisible();
  });

  test('/timeline starts at the latest events, newest first, and pages back without repeating or skipping', async ({ page }) => {
    await page.goto('/timeline');
    const items = page.getByRole('list', { name: 'Timeline', exact: true }).getByRole('listitem');
    await expect(items).toHaveCount(50);
    const read = async () =>
      items.evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, date: node.querySelector('time')!.getAttribute('datetime')! })));
    const latest = await read();
    expect(latest.map((e) => e.date)).toEqual([...latest.map((e) => e.date)].sort().reverse());
    await page.getByRole('link', { name: 'Earlier events' }).click();
    await expect(page).toHaveURL(/cursor=\d{4}-\d{2}-\d{2}\.\d+/);
    const earlier = await read();
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.filter((e) => latest.some((l) => l.id === e.id))).toEqual([]);
    expect(earlier[0]!.date <= latest.at(-1)!.date).toBe(true);
    await page.getByRole('link', { name: 'Back to the latest events' }).click();
    await expect(items.first()).toHaveAttribute('id', latest[0]!.id);
  });

  test('has no accessibility violations on the topic, the topics list and the timeline', async ({ page }) => {
    await page.goto(TOPIC);
    await expectNoAxeViolations(page);
    await page.goto('/topics');
    await expect(page.getByRole('link', { name: 'European defence cooperation', exact: true })).toHaveAttribute('href', TOPIC);
    await expectNoAxeViolations(page);
    await page.goto('/timeline?topic=european-defence-cooperation');
    await expectNoAxeViolations(page);
  });
});
