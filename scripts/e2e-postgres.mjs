// npm run test:e2e:postgres [-- playwright args]
// The end-to-end suite again, with its server on PostgreSQL: a database named answerable_e2e on the
// server the unit tests use (TEST_POSTGRES_URL, default the local one .ci/run starts), dropped and
// created afresh by scripts/e2e-server.mjs. E2E_DATABASE_URL overrides the database; E2E_PORT the port
// (default 3200, so it never meets a SQLite e2e server left running on 3100). Set E2E_SKIP_BUILD=1 to
// reuse the build the SQLite run just made (npm test does).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { e2eAuthSecret } from './e2e-secret.mjs';

const server = process.env.TEST_POSTGRES_URL?.trim() || 'postgres://answerable:answerable@127.0.0.1:5432/postgres';
const url = new URL(server);
url.pathname = '/answerable_e2e';
const env = { ...process.env, E2E_DATABASE_URL: process.env.E2E_DATABASE_URL?.trim() || url.toString(), E2E_PORT: process.env.E2E_PORT ?? '3200' };
// Required on PostgreSQL; the specs' own processes (alerts:send, a second server) need the server's.
env.AUTH_SECRET ||= e2eAuthSecret(path.resolve(import.meta.dirname, '..'));
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
