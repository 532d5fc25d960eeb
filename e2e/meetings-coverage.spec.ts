import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';

const TOPIC = '/topics/european-defence-cooperation';
const SEED_QUESTION = '/questions/commons/2025-03-13/DEMO-0001';

test.describe('meetings and coverage', () => {
  test('the Paris meeting lists its participants and the answer citing it', async ({ page }) => {
    await page.goto(TOPIC);
    await page.getByRole('link', { name: 'Bilateral meeting with the French counterpart' }).click();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilateral meeting with the French counterpart');
    await expect(page.getByRole('definition').filter({ hasText: 'Paris' })).toBeVisible();

    const participants = page.getByRole('region', { name: 'Participants', exact: true });
    await expect(participants.getByRole('link', { name: 'Maria Eagle' })).toHaveAttribute('href', '/members/maria-eagle');
    await expect(participants).toContainText('French counterpart');
    await expect(participants.getByText('Name not reported')).toBeVisible();

    const citing = page.getByRole('region', { name: 'Answers that cite this meeting', exact: true });
    await expect(citing.getByRole('link', { name: /cooperation with European partners/ })).toHaveAttribute('href', SEED_QUESTION);
    await expect(citing).toContainText('Answer by Maria Eagle');
    await expectNoAxeViolations(page);
  });

  test('the E5 meeting says its place was not reported and names the five countries', async ({ page }) => {
    await page.goto(TOPIC);
    await page.getByRole('link', { name: 'E5 defence ministers’ meeting' }).click();
    await expect(page.getByText('Place not reported')).toBeVisible();
    const participants = page.getByRole('region', { name: 'Participants', exact: true }).getByRole('listitem');
    await expect(participants).toHaveText(['United Kingdom', 'France', 'Germany', 'Italy', 'Spain']);
    await expect(page.getByRole('region', { name: 'Answers that cite this meeting', exact: true }).getByRole('link', { name: /cooperation with European partners/ })).toBeVisible();
  });

  test('the London Pulse News article lists the question it covers and the members it mentions', async ({ page }) => {
    await page.goto(TOPIC);
    await page.getByRole('link', { name: /UK Deepens Defence Collaboration with Europe/ }).click();
    await expect(page).toHaveURL(/\/coverage\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('UK Deepens Defence Collaboration with Europe on Joint Weapons Production');
    await expect(page.getByText('Web address not reported')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Questions it covers', exact: true }).getByRole('link', { name: /cooperation with European partners/ })).toHaveAttribute('href', SEED_QUESTION);
    const members = page.getByRole('region', { name: 'Members it mentions', exact: true });
    for (const [name, slug] of [['Edward Morello', 'edward-morello'], ['Maria Eagle', 'maria-eagle'], ['John Healey', 'john-healey']]) {
      await expect(members.getByRole('link', { name })).toHaveAttribute('href', `/members/${slug}`);
    }
    await expectNoAxeViolations(page);
  });

  test('unknown or malformed meeting and article addresses are 404 pages', async ({ page }) => {
    for (const path of ['/meetings/999999', '/meetings/abc', '/meetings/0', '/coverage/999999', '/coverage/1e3']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});

test.describe('meeting and coverage lists', () => {
  test('the meetings table lists both seed meetings, sorts and filters through the URL', async ({ page }) => {
    const response = await page.goto('/meetings');
    expect(response?.status()).toBe(200);
    const table = page.getByRole('table', { name: /Ministers’ meetings/ });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await page.goto('/meetings?topic=european-defence-cooperation');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('link', { name: 'Bilateral meeting with the French counterpart' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'E5 defence ministers’ meeting' })).toBeVisible();

    await page.getByLabel('Search').fill('Germany');
    // The topic filter rides along in the form, so the search stays within the topic.
    await page.getByRole('button', { name: 'Show meetings' }).click();
    await expect(page).toHaveURL(/[?&]q=Germany/);
    await expect(table.getByRole('link', { name: 'E5 defence ministers’ meeting' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Bilateral meeting with the French counterpart' })).toHaveCount(0);

    await page.goto('/meetings?member=maria-eagle&kind=BILATERAL');
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Maria Eagle');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('bad list parameters are explained, not errors', async ({ page }) => {
    const response = await page.goto('/meetings?sort=colour&kind=PICNIC&member=nobody-at-all&from=yesterday');
    expect(response?.status()).toBe(400);
    const problems = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(problems).toContainText('Ignored sort=');
    await expect(problems).toContainText('Ignored “kind”');
    await expect(problems).toContainText('no member has the address “nobody-at-all”');
    await expect(problems).toContainText('“yesterday” is not a date');
  });

  test('the coverage table lists the article and filters by member and outlet', async ({ page }) => {
    await page.goto('/coverage?member=john-healey');
    const table = page.getByRole('table', { name: /News coverage/ });
    const row = table.getByRole('row', { name: /UK Deepens Defence Collaboration/ });
    await expect(row).toContainText('London Pulse News');
    await expect(row).toContainText('Not reported');
    await page.getByRole('combobox', { name: 'Outlet' }).selectOption('London Pulse News');
    await page.getByRole('button', { name: 'Show articles' }).click();
    await expect(page).toHaveURL(/member=john-healey/);
    await expect(page).toHaveURL(/outlet=London\+Pulse\+News/);
    await expect(row).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
