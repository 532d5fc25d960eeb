import { expect, test } from '@playwright/test';
import { createTestQuestion, uniqueWord } from './fixtures/answer-records';
import { logAnswer } from './fixtures/answer-form-steps';
import { E2E_DATABASE_URL } from './fixtures/e2e-db';
import { startOwnServer, type OwnServer } from './fixtures/own-server';
import { signIn } from './fixtures/staff';

// Several app servers on one PostgreSQL database (issue 13), as behind a load balancer: two production
// servers (npm start, two processes each, page caches on) besides the e2e server. An answer saved through
// one is on the other's pages, search and feeds at once: its page cache hears of the commit through
// PostgreSQL's LISTEN/NOTIFY (lib/db/change-signal.ts), not from a file only one machine sees.
// Runs in the PostgreSQL e2e run (npm run test:e2e:postgres); playwright.config.ts leaves it out on SQLite.
test.describe.configure({ timeout: 180_000 });

const basePort = Number(process.env.E2E_PORT ?? 3100) + 31;
let servers: OwnServer[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // One AUTH_SECRET for both (required on PostgreSQL): a session signed by one is good on the other.
  // No stale-while-revalidate: the first reader after a change gets the new page, not the one before.
  const env = { PAGE_CACHE_STALE_S: '0', DIAGNOSTIC_HEADERS: '1', AUTH_SECRET: process.env.AUTH_SECRET ?? 'two-app-servers-e2e-secret-0123456789abcdef' };
  servers = await Promise.all([0, 1].map((i) => startOwnServer(basePort + i, ['--workers', '2'], env, E2E_DATABASE_URL)));
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

const cache = (response: { headers(): Record<string, string> } | null) => response?.headers()['x-answerable-cache'];

test('an answer saved on one app server is on the other’s pages, search and feed at once', async ({ browser }) => {
  const [saving, reading] = servers as [OwnServer, OwnServer];
  const q = createTestQuestion(20);
  const word = uniqueWord('twoservers');
  const searchPath = `/questions?q=${word}`;
  // The search's own feed (the questions table's, read through the search) and the question's feed.
  const feedPath = `/questions/feed.atom?q=${word}`;
  const questionFeedPath = `${q.path}/feed.atom`;
  const entries = (body: string) => body.split('<entry>').length - 1;

  // A reader of the second server: the question's page, a search for the answer's word and the
  // feeds, each asked until it comes from that server's page cache.
  const reader = await browser.newContext({ baseURL: reading.base });
  const request = reader.request;
  const before = { [q.path]: (body: string) => !body.includes(word), [searchPath]: (body: string) => body.includes('0 questions match'), [feedPath]: (body: string) => entries(body) === 0, [questionFeedPath]: (body: string) => entries(body) === 1 };
  for (const [path, asBefore] of Object.entries(before)) {
    // Other specs write to this database meanwhile, and each commit drops the cache: ask until a hit.
    await expect(async () => {
      const again = await request.get(path);
      expect(cache(again), path).toBe('hit');
      expect(asBefore(await again.text()), path).toBe(true);
    }).toPass({ timeout: 15_000, intervals: [50, 100, 200] });
  }

  // An editor saves an answer on the first server, through the answer form.
  const staff = await browser.newContext({ baseURL: saving.base });
  const editorPage = await staff.newPage();
  await signIn(editorPage, 'editor', q.path);
  await logAnswer(editorPage, q, 'substantive', 1, `The department has answered about ${word} in full.`);

  // At once on the second: the first page it renders rather than serves from its cache has the answer.
  // Only the notification's way across may take a moment, while the cached page is still served (a
  // hit); that wait is bounded, the render's own time (seconds on a loaded machine) is not counted.
  const page = await reader.newPage();
  const notifiedBy = Date.now() + 2_000;
  let response = await page.goto(q.path);
  while (cache(response) === 'hit' && Date.now() < notifiedBy) {
    await page.waitForTimeout(50);
    response = await page.goto(q.path);
  }
  expect(cache(response)).toBe('miss');
  await expect(page.getByText(`The department has answered about ${word} in full.`)).toBeVisible({ timeout: 1 });

  await page.goto(searchPath);
  await expect(page.getByRole('link', { name: q.heading })).toBeVisible();

  const feed = await request.get(feedPath);
  expect(cache(feed)).toBe('miss');
  expect(await feed.text()).toContain(q.heading);
  // The question's feed: "Tabled", and now its answer.
  const questionFeed = await request.get(questionFeedPath);
  expect(cache(questionFeed)).toBe('miss');
  expect(entries(await questionFeed.text())).toBe(2);

  // And the saving server's own readers see it too.
  const own = await request.get(`${saving.base}${q.path}`);
  expect(await own.text()).toContain(word);

  await staff.close();
  await reader.close();
});
