import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// `npm run test:e2e:postgres` runs the suite again with the server on PostgreSQL (E2E_DATABASE_URL).
const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.E2E_DATABASE_URL ?? '');
// Every spec runs on both databases (those of the server process itself, on a database of their own:
// e2e/fixtures/own-database.ts), but several app servers on one database, which is PostgreSQL's alone.
const notHere = onPostgres ? [] : [/two-app-servers\.spec\.ts/];

// End-to-end tests run the production build (next build + npm start's server, scripts/serve.ts) on a freshly migrated and
// seeded database of their own (data/e2e.db), in Debian's Chromium: Playwright's own browser
// download is not reachable from these machines.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // The authorization suite checks that refused writes change nothing in the whole database, so it runs
    // first and alone: the other specs, which write, wait for it.
    { name: 'authorization', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /authorization\.spec\.ts/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: [/authorization\.spec\.ts/, ...notHere], dependencies: ['authorization'] },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /responsive\.spec\.ts/, dependencies: ['authorization'] },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
  },
});
