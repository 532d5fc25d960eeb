import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unsubscribeToken } from '../lib/alerts/unsubscribe-token';
import { expectNoAxeViolations } from './fixtures/axe';
import { demoTopic } from './fixtures/demo-records';
import { dbTask, E2E_DATABASE_URL, E2E_DB, questionHref } from './fixtures/e2e-db';
import { mailTo, smtpPort, waitForMail } from './fixtures/e2e-mail';
import { signIn } from './fixtures/staff';

/**
 * Readers' accounts and email alerts, as a person uses them: sign up, confirm by the mailed link, follow
 * from a page, manage on /alerts, unsubscribe from an email's link. Each test signs up its own reader
 * (the demo viewer must own no alerts: the authorization spec calls the alert actions as that viewer).
 */
const PASSWORD = 'reader-password-123';

async function signUp(page: Page, email: string, name = 'Rita Reader') {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Nearly done: we have sent a link to ${email}.`)).toBeVisible({ timeout: 20_000 });
}

async function confirmByMail(page: Page, email: string) {
  const [mail] = await waitForMail(email);
  expect(mail!.subject).toBe('Confirm your email address for Answerable');
  const link = /https?:\/\/\S+\/signup\/confirm\?token=[\w.%-]+/.exec(mail!.text ?? '')?.[0];
  expect(link).toBeTruthy();
  expect(mail!.html).toContain('Confirm my email address');
  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByText('Your email address is confirmed: sign in to choose your alerts.')).toBeVisible();
}

/** A fresh confirmed reader, signed in. */
async function newReader(page: Page, label: string) {
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  await signUp(page, email);
  await confirmByMail(page, email);
  await signIn(page, { email, password: PASSWORD }, '/alerts');
  return email;
}

test.describe('sign-up and alerts', () => {
  test('sign-up: refused fields keep what was typed, no sign-in before confirming, the mailed link confirms', async ({ page }) => {
    const email = `signup-${Date.now()}@example.org`;
    await page.goto('/signup');
    await expectNoAxeViolations(page);
    await page.getByLabel('Your name').fill('<img src=x onerror=alert(1)>');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Password again').fill('other');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Use at least 10 characters')).toBeVisible();
    await expect(page.getByText('The two passwords differ')).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.getByLabel('Email address')).toHaveValue(email);
    await expectNoAxeViolations(page);

    await signUp(page, email);
    // Not confirmed yet: signing in says what to do.
    await page.goto('/login');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Confirm your email address first')).toBeVisible({ timeout: 20_000 });

    await confirmByMail(page, email);
    await signIn(page, { email, password: PASSWORD }, '/alerts');
    await expect(page.getByRole('heading', { name: 'Your alerts' })).toBeVisible();
    await expect(page.getByText('You follow nothing yet.')).toBeVisible();
    // The name was kept as text, never as markup.
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  });

  test('follow a topic and a search from their pages, then change and stop them on /alerts', async ({ page }) => {
    await newReader(page, 'follower');
    const topic = demoTopic();
    await page.goto(`/topics/${topic.slug}`);
    const bar = page.getByRole('complementary', { name: 'Feeds and alerts' });
    await expect(bar.getByRole('link', { name: 'Atom' })).toHaveAttribute('href', `/topics/${topic.slug}/feed.atom`);
    await bar.getByLabel(`Email me about ${topic.name}`).selectOption('daily');
    await bar.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page.getByText(`Following “${topic.name}”: you will hear of new questions and answers in a daily digest.`)).toBeVisible();

    await page.goto('/questions?q=defence&sort=uin&page=2');
    await page.getByRole('button', { name: 'Follow this search' }).click();
    await expect(page.getByText('Following “defence”')).toBeVisible();

    await page.goto('/alerts');
    await expectNoAxeViolations(page);
    const alerts = page.getByRole('list', { name: 'Alerts' });
    await expect(alerts.getByRole('listitem')).toHaveCount(2);
    await expect(alerts.getByRole('link', { name: 'defence', exact: true })).toHaveAttribute('href', '/questions?q=defence');
    const topicItem = alerts.getByRole('listitem').filter({ hasText: topic.name });
    await expect(topicItem).toContainText('Daily digest');
    await topicItem.getByLabel(`How often for “${topic.name}”`).selectOption('immediate');
    await topicItem.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Alerts for “${topic.name}”: at once.`)).toBeVisible();
    await alerts.getByRole('listitem').filter({ hasText: 'defence' }).getByRole('button', { name: /^Stop/ }).click();
    await expect(page.getByText('You no longer follow “defence”.')).toBeVisible();
    await expect(alerts.getByRole('listitem')).toHaveCount(1);
  });

  test('an email’s unsubscribe link: GET asks first, the button stops the alert; one-click POST works without a session', async ({ page, request }) => {
    test.slow(); // a sign-up, an accessibility scan and three fixture processes: past 30 s on a busy machine
    await newReader(page, 'unsub');
    const topic = demoTopic();
    await page.goto(`/topics/${topic.slug}`);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page.getByText(`Following “${topic.name}”`)).toBeVisible();
    await page.goto('/questions?q=defence');
    await page.getByRole('button', { name: 'Follow this search' }).click();
    await expect(page.getByText('Following “defence”')).toBeVisible();

    const ids = dbTask('newestFollows', 'unsub-', 2);
    // The e2e server signs with the secret beside its database (server/auth/auth-secret.ts).
    const secret = readFileSync(path.join(path.dirname(E2E_DB), 'auth-secret'), 'utf8').trim();
    const [search, topicFollow] = ids;
    const topicToken = unsubscribeToken(secret, { kind: 'follow', followId: topicFollow!.id });

    await page.context().clearCookies();
    await page.goto(`/alerts/unsubscribe?t=${encodeURIComponent(topicToken)}`);
    await expect(page.getByText('Stop emails for this alert?')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: topic.name })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(page.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();

    const oneClick = `/alerts/unsubscribe/one-click?t=${encodeURIComponent(unsubscribeToken(secret, { kind: 'follow', followId: search!.id }))}`;
    const response = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe('Unsubscribed.\n');
    expect(dbTask('countFollows', [search!.id, topicFollow!.id])).toBe(0);

    const forged = await request.post(`/alerts/unsubscribe/one-click?t=f${search!.id}.AAAAAAAAAAAAAAAAAAAAAA`, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(forged.status()).toBe(400);
    await page.goto('/alerts/unsubscribe?t=nonsense');
    await expect(page.getByText('This unsubscribe link is not valid')).toBeVisible();
  });

  test('an answer arriving by sync reaches a follower by email once; the email’s own unsubscribe link works', async ({ page, baseURL }) => {
    const email = await newReader(page, 'sync');
    const q = dbTask('awaitingDemoQuestion', 7);
    const path = questionHref(q);
    await page.goto(path);
    await page.getByLabel('Email me about this question').selectOption('immediate');
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(page.getByText('Following “')).toBeVisible();

    const sender = () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/alerts-send.ts', '--digest', 'off'], {
        env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, SMTP_HOST: '127.0.0.1', SMTP_PORT: smtpPort(), SMTP_SECURE: 'false', MAIL_FROM: 'Answerable <alerts@answerable.test>', PUBLIC_URL: baseURL! },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
    };
    sender(); // the first run starts the sender's cursor here
    // What the sync does: the answer and its change-log entry, together.
    dbTask('syncSubstantiveAnswer', q.id, new Date(Date.UTC(2026, 10, 20)).toISOString());
    sender();
    sender(); // a second run sends nothing again
    const isAlert = (m: { subject?: string }) => m.subject !== 'Confirm your email address for Answerable';
    const mails = (await waitForMail(email, 2)).filter(isAlert);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Answered on 20 November 2026: /);
    expect(mails[0]!.text).toContain(`${baseURL}${path}#answer-`);
    const link = /\/alerts\/unsubscribe\?t=[\w.%-]+/.exec(mails[0]!.text ?? '')?.[0];
    expect(link).toBeTruthy();
    await page.goto(link!);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(page.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();
    expect((await mailTo(email)).filter(isAlert)).toHaveLength(1);
  });

  test('signed-out readers get feeds and a way to sign in or sign up on the pages', async ({ page, request }) => {
    await page.goto('/questions?q=defence');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/questions\/feed\.atom\?q=defence$/);
    const bar = page.getByRole('complementary', { name: 'Feeds and alerts' });
    await expect(bar.getByRole('link', { name: 'create an account' })).toHaveAttribute('href', '/signup');
    const feed = await request.get('/questions/feed.atom?q=defence');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const bad = await request.get('/questions/feed.rss?status=nonsense');
    expect(bad.status()).toBe(400);
  });
});
