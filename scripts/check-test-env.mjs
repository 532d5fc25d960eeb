// Runs before `npm test`: says plainly what is missing instead of failing deep inside a test run.
import { existsSync } from 'node:fs';
import pg from 'pg';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const problems = [];
if (!existsSync('node_modules/.package-lock.json')) problems.push('Dependencies are not installed: run `npm ci`.');
if (!existsSync(chromium)) {
  problems.push(`Chromium not found at ${chromium}: run \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}
// The data tests run on SQLite and again on PostgreSQL (test/postgres-db.ts).
const postgresUrl = process.env.TEST_POSTGRES_URL?.trim() || 'postgres://answerable:answerable@127.0.0.1:5432/postgres';
const postgres = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
try {
  await postgres.connect();
} catch (error) {
  problems.push(`PostgreSQL is not reachable at ${postgresUrl.replace(/:[^:@/]*@/, ':***@')} (${error.message}): start it (.ci/run installs and starts Debian's) or set TEST_POSTGRES_URL to a server where the tests may create databases.`);
} finally {
  await postgres.end().catch(() => {});
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
