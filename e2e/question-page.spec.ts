import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoQuestionWithSeveralVersions } from './fixtures/e2e-db';

const SEED = '/questions/commons/2025-03-13/DEMO-0001';
const HEADLINE = 'UK Deepens Defence Collaboration with Europe on Joint Weapons Production';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
}

test.describe('the page of the seed question', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED);
    expect(response?.status()).toBe(200);
  });

  test('shows Morello’s question and Eagle’s answer, with the placeholders labelled', async ({ page }) => {
    await expect(page).toHaveTitle(/Defence: cooperation with European partners \(DEMO-0001\)/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Defence: cooperation with European partners');

    const facts = page.locator('header dl');
    await expect(facts.getByRole('link', { name: 'Edward Morello' })).toHaveAttribute('href', '/members/edward-morello');
    await expect(facts.getByRole('link', { name: 'Ministry of Defence' })).toHaveAttribute('href', '/departments/ministry-of-defence');
    await expect(facts).toContainText('Liberal Democrat');
    await expect(facts).toContainText('Constituency not reported');
    // UIN, date tabled and date due are placeholders, each labelled as such
    await expect(facts.getByText('Placeholder: not reported')).toHaveCount(3);

    const question = page.getByRole('region', { name: 'Question', exact: true });
    await expect(question).toContainText('Edward Morello asked the Ministry of Defence');
    await expect(question.getByText('Paraphrase: wording not reported')).toBeVisible();

    const answer = page.getByRole('region', { name: 'Answer', exact: true });
    await expect(answer.getByRole('heading', { level: 3 })).toHaveText('Answer, 20 March 2025');
    await expect(answer.getByRole('link', { name: 'Maria Eagle' })).toHaveAttribute('href', '/members/maria-eagle');
    await expect(answer).toContainText('Defence Minister');
    await expect(answer).toContainText('“regular” talks with European partners');
    await expect(answer).toContainText('Answered 7 days after tabling, on the due date.');
    await expect(answer.getByText('Date not reported: placeholder')).toBeVisible();
    await expect(answer.getByText('Full text not reported', { exact: true })).toBeVisible();
    // Reported by an article, not imported: no link to Parliament's site
    await expect(page.getByRole('link', { name: /Parliament/ })).toHaveCount(0);
  });

  test('lists both cited meetings with their dates, places and participants', async ({ page }) => {
    const meetings = page.getByRole('region', { name: 'Meetings cited in the answer' });
    const paris = meetings.getByRole('article', { name: 'Bilateral meeting with the French counterpart' });
    await expect(paris).toContainText('11 March 2025');
    await expect(paris).toContainText('Paris');
    await expect(paris).toContainText('Bilateral meeting');
    await expect(paris.getByRole('link', { name: 'Maria Eagle' })).toBeVisible();
    await expect(paris.getByRole('listitem').filter({ hasText: 'French counterpart, France' })).toContainText('name not reported');

    const e5 = meetings.getByRole('article', { name: 'E5 defence ministers’ meeting' });
    await expect(e5).toContainText('12 March 2025');
    await expect(e5).toContainText('Place not reported');
    for (const country of ['United Kingdom', 'France', 'Germany', 'Italy', 'Spain']) {
      await expect(e5.getByRole('listitem').filter({ hasText: country })).toHaveCount(1);
    }
  });

  test('links the London Pulse News coverage without presenting its placeholder address as real', async ({ page }) => {
    const coverage = page.getByRole('region', { name: 'Coverage' });
    await expect(coverage.getByRole('link', { name: HEADLINE })).toHaveAttribute('href', /^\/coverage\/\d+$/);
    await expect(coverage).toContainText('London Pulse News');
    await expect(coverage).toContainText('21 March 2025');
    await expect(coverage.getByText('Link to the article not reported')).toBeVisible();
    await expect(coverage.locator('a[href*=".invalid"]')).toHaveCount(0);
  });

  test('tells the story in date order on the timeline', async ({ page }) => {
    const timeline = page.getByRole('list', { name: 'Timeline of question DEMO-0001' });
    const items = timeline.getByRole('listitem');
    await expect(items).toHaveCount(6);
    const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates).toEqual(['2025-03-11', '2025-03-12', '2025-03-13', '2025-03-20', '2025-03-20', '2025-03-21']);
    await expect(items.nth(0)).toContainText('Bilateral meeting with the French counterpart');
    await expect(items.nth(0)).toContainText('Bilateral meeting in Paris; 9 days before the answer');
    await expect(items.nth(1)).toContainText('E5 defence ministers’ meeting');
    await expect(items.nth(1)).toContainText('1 day later');
    await expect(items.nth(2)).toContainText('Tabled by Edward Morello');
    await expect(items.nth(3)).toContainText('Answer due');
    await expect(items.nth(4)).toContainText('Answered by Maria Eagle');
    await expect(items.nth(4)).toContainText('Same day');
    await expect(items.nth(5)).toContainText(`London Pulse News: ${HEADLINE}`);
    await expect(items.nth(5)).toContainText('1 day after the answer');
    // the seed's dates are placeholders, and the timeline says so
    await expect(items.nth(2).getByText('Date not reported: placeholder')).toBeVisible();
  });

  test('links the topic and has no accessibility violations', async ({ page }) => {
    await expect(page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: 'European defence cooperation' })).toHaveAttribute(
      'href',
      '/topics/european-defence-cooperation',
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('addresses that are not a question', () => {
  for (const [what, url] of [
    ['an unknown UIN', '/questions/commons/2025-03-13/DEMO-9999'],
    ['a malformed date', '/questions/commons/2025-13-45/DEMO-0001'],
    ['an unknown house', '/questions/senate/2025-03-13/DEMO-0001'],
  ] as const) {
    test(`${what} answers 404 with the question not-found page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question not found');
      await expect(page.getByRole('link', { name: 'Browse and search all questions' })).toHaveAttribute('href', '/questions');
      await expectNoAxeViolations(page);
    });
  }
});

test('a demo question whose answer was corrected shows what changed, announced without colour', async ({ page }) => {
  const path = demoQuestionWithSeveralVersions();
  expect(path, 'the demo data should include a question with a corrected or further answer').not.toBeNull();
  await page.goto(path!);
  await expect(page.locator('.badge--demo').first()).toHaveText('Demo data');

  const answers = page.getByRole('region', { name: /^Answers \(\d+ versions\)$/ });
  const changes = answers.getByRole('region', { name: /^Changes from the answer of \d{1,2} \w+ \d{4}$/ }).first();
  await expect(changes).toBeVisible();
  await expect(changes).toContainText(/\d+ words? (added|removed)/);
  const marks = changes.locator('ins, del');
  expect(await marks.count()).toBeGreaterThan(0);
  const first = marks.first();
  await expect(first.locator('.visually-hidden').first()).toHaveText(/^\[(added|removed): $/);

  const timeline = page.getByRole('list', { name: /^Timeline of question / });
  const dates = await timeline.getByRole('listitem').locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
  await expectNoAxeViolations(page);
});

test('the timeline is reachable by keyboard, link by link, and lets focus move on', async ({ page }) => {
  await page.goto(SEED);
  const visited: string[] = [];
  let left = false;
  for (let i = 0; i < 80 && !left; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return { inTimeline: Boolean(el?.closest('ol[aria-label="Timeline of question DEMO-0001"]')), text: el?.textContent ?? '' };
    });
    if (where.inTimeline) visited.push(where.text);
    else if (visited.length > 0) left = true;
  }
  expect(visited).toEqual([
    'Bilateral meeting with the French counterpart',
    'E5 defence ministers’ meeting',
    'Answered by Maria Eagle (Defence Minister)',
    `London Pulse News: ${HEADLINE}`,
  ]);
  expect(left).toBe(true);
});

test('reads on a phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(SEED);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('list', { name: 'Timeline of question DEMO-0001' })).toBeVisible();
});
