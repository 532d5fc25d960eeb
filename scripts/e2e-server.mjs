// Serves the production build on a fresh database for the end-to-end tests:
// delete data/e2e.db, migrate it from zero, seed it, `next build`, then the production server
// (scripts/serve.ts: one process per core, page cache), the way `npm start` runs it.
import { spawnSync, spawn } from 'node:child_process';
import { rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.argv[2] ?? '3100';
const db = path.join(root, 'data', 'e2e.db');
// Stale-while-revalidate off: the specs check what a reader sees right after a change (its unit tests cover it).
// A sync started from the admin page (e2e/admin-sync.spec.ts) talks to the fixture server that spec
// starts on this port, in the Parliament APIs' shape.
const fixturePort = Number(port) + 11;
const env = {
  ...process.env,
  DATABASE_URL: `file:${db}`,
  NEXT_TELEMETRY_DISABLED: '1',
  PAGE_CACHE_STALE_S: process.env.PAGE_CACHE_STALE_S ?? '0',
  PARLIAMENT_QUESTIONS_API_URL: `http://127.0.0.1:${fixturePort}/api`,
  PARLIAMENT_MEMBERS_API_URL: `http://127.0.0.1:${fixturePort}/members/api`,
};

mkdirSync(path.dirname(db), { recursive: true });
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['tsx', 'scripts/db/migrate.ts', 'deploy']);
run('npx', ['tsx', 'scripts/seed.ts']);
if (!process.env.E2E_SKIP_BUILD) run('npx', ['next', 'build']);

const server = spawn('node', ['--import', 'tsx', 'scripts/serve.ts', '--port', port, '--host', '127.0.0.1'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
