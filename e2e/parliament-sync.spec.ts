/**
 * The Parliament sync end to end: the real `npm run sync` CLI imports questions from the fixture server (the
 * APIs' exact shapes, on 127.0.0.1) into the e2e server's database, and a reader then finds them in search,
 * on their pages (with the link to Parliament's own page) and on the timeline. Each run uses fresh ids, UINs
 * and names, so it never meets another spec's records.
 */
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { questionPath } from '../lib/routes';
import { answered, fixtureMember, fixtureQuestion } from '../test/parliament-fixture/records';
import { ParliamentFixture } from '../test/parliament-fixture/server';
import { E2E_DATABASE_URL } from './fixtures/e2e-db';
import { signIn } from './fixtures/staff';

const suffix = Date.now().toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);
const token = `quokka${suffix}`;
const base = 7_000_000 + (Date.now() % 1_000_000) * 3;
const memberId = 900_000 + (Date.now() % 90_000);
const memberName = `Quokka Asker ${suffix}`;
const tabled = '2025-06-02';
const page1 = { id: base, uin: String(base) };

let fixture: ParliamentFixture;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fixture = new ParliamentFixture();
  fixture.setMembers([fixtureMember(memberId, { name: memberName }), fixtureMember(4101, { name: 'Answering Minister' })]);
  const table = '<p>The figures are:</p><table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>£3m</td></tr></table><ul><li>Phase one</li><li>Phase two</li></ul>';
  fixture.setQuestions([
    fixtureQuestion(page1.id, { uin: page1.uin, dateTabled: tabled, askingMemberId: memberId, heading: `Defence: ${token}`, questionText: `To ask the Secretary of State for Defence, what plans he has for ${token} procurement. ${'More detail. '.repeat(30)}`, ...answered('2025-06-09', table) }),
    fixtureQuestion(base + 1, { uin: String(base + 1), dateTabled: tabled, askingMemberId: memberId, heading: `Defence: ${token} second`, answerIsHolding: true, dateHoldingAnswer: '2025-06-09', dateAnswered: '2025-06-09', answeringMemberId: 4101, answerText: '<p>I will reply shortly.</p>' }),
  ]);
  // The port the e2e server's own syncs (started from the admin page) use: scripts/e2e-server.mjs.
  const urls = await fixture.start(Number(process.env.E2E_PORT ?? 3100) + 11);
  // Spawned, not spawnSync: the fixture server answers from this process's event loop.
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/sync.ts', '--from', tabled, '--to', tabled], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, PARLIAMENT_QUESTIONS_API_URL: urls.questionsUrl, PARLIAMENT_MEMBERS_API_URL: urls.membersUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result = { stdout: '', stderr: '', status: null as number | null };
  child.stdout.on('data', (d) => (result.stdout += d));
  child.stderr.on('data', (d) => (result.stderr += d));
  result.status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(result.status, result.stdout + result.stderr).toBe(0);
  expect(result.stdout).toMatch(/created 2, updated 0, unchanged 0, rejected 0/);
});

test.afterAll(async () => {
  await fixture?.close();
});

test('imported questions are found in search', async ({ page }) => {
  await page.goto(`/questions?q=${token}`);
  await expect(page.getByRole('link', { name: new RegExp(`Defence: ${token}$`) }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Defence: ${token} second`) }).first()).toBeVisible();
});

test("an imported question's page shows its full text, the sanitised answer with its table and list, and links to Parliament", async ({ page }) => {
  const path = questionPath({ house: 'COMMONS', dateTabled: new Date(`${tabled}T00:00:00Z`), uin: page1.uin });
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(token);
  // The list endpoint truncates this text: the page has the full text from the per-question endpoint.
  await expect(page.getByText(/More detail\. More detail\.\s*$/).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '£3m' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Phase two$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /This question on Parliament’s written questions site/ })).toHaveAttribute(
    'href',
    `https://questions-statements.parliament.uk/written-questions/detail/${tabled}/${page1.uin}`,
  );
});

test("imported questions and answers are on the asking member's timeline", async ({ page }) => {
  const slug = memberName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const response = await page.goto(`/timeline?member=${slug}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole('main');
  await expect(main.getByText(new RegExp(`Defence: ${token}$`)).first()).toBeVisible();
  await expect(main.getByText(/Answered/).first()).toBeVisible();
});

test('an admin starts a sync from the admin page, watches it finish and sees what it did', async ({ page }) => {
  test.setTimeout(90_000);
  // Parliament has one more question since the command-line run: this sync creates it and finds the rest unchanged.
  const third = { id: base + 2, uin: String(base + 2) };
  fixture.setQuestions([fixtureQuestion(third.id, { uin: third.uin, dateTabled: tabled, askingMemberId: memberId, heading: `Defence: ${token} third` })]);
  await signIn(page, 'admin', '/admin/sync');
  await expect(page.getByRole('heading', { name: 'Parliament sync', level: 1 })).toBeVisible();
  // Refused with the reason, nothing started.
  await page.getByLabel('Tabled from').fill('31/02/2025');
  await page.getByRole('button', { name: 'Start sync' }).click();
  await expect(page.getByText('Tabled from must be a real date')).toBeVisible();
  await expect(page.getByLabel('Tabled from')).toHaveValue('31/02/2025');

  await page.getByLabel('Tabled from').fill('2 June 2025');
  await page.getByLabel('Tabled to').fill('02/06/2025');
  await page.getByRole('button', { name: 'Start sync' }).click();
  await expect(page).toHaveURL(/\/admin\/sync\/\d+$/);
  // The page refreshes itself while the run goes on.
  await expect(page.getByText('Finished', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Started by Demo Admin/)).toBeVisible();
  await expect(page.getByText('Questions tabled from 2 June 2025 to 2 June 2025')).toBeVisible();
  const count = (label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(count('Created')).toHaveText('1');
  await expect(count('Unchanged')).toHaveText('2');
  await expect(count('Rejected')).toHaveText('0');

  await page.getByRole('link', { name: 'Parliament sync' }).click();
  await expect(page.getByRole('region', { name: 'Sync runs' }).getByRole('row').nth(1)).toContainText('Finished');
  await page.goto(`/questions?q=${token}+third`);
  await expect(page.getByRole('link', { name: new RegExp(`Defence: ${token} third`) }).first()).toBeVisible();
});

test('the sync page is for admins only', async ({ page }) => {
  await signIn(page, 'editor');
  const response = await page.goto('/admin/sync');
  expect(response?.status()).toBe(403);
});
