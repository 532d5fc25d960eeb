// Serves the production build on a fresh database for the end-to-end tests:
// delete data/e2e.db (or, with E2E_DATABASE_URL=postgres://…, drop and create that PostgreSQL database),
// migrate it from zero, seed it, `next build`, then the production server (scripts/serve.ts: one process
// per core, page cache), the way `npm start` runs it.
import { spawnSync, spawn } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';
import { e2eAuthSecret } from './e2e-secret.mjs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(import.meta.dirname, '..');
const port = process.argv[2] ?? '3100';
const db = path.join(root, 'data', 'e2e.db');
const postgresUrl = /^postgres(ql)?:\/\//i.test(process.env.E2E_DATABASE_URL ?? '') ? process.env.E2E_DATABASE_URL : null;
// Stale-while-revalidate off: the specs check what a reader sees right after a change (its unit tests cover it).
// A sync started from the admin page (e2e/admin-sync.spec.ts) talks to the fixture server that spec
// starts on this port, in the Parliament APIs' shape.
const fixturePort = Number(port) + 11;
const env = {
  ...process.env,
  DATABASE_URL: postgresUrl ?? `file:${db}`,
  NEXT_TELEMETRY_DISABLED: '1',
  PAGE_CACHE_STALE_S: process.env.PAGE_CACHE_STALE_S ?? '0',
  // Specs read x-answerable-cache (hit/miss), which public responses leave out.
  DIAGNOSTIC_HEADERS: '1',
  // Every spec's browser is one client (127.0.0.1), several at once: limits far above what one reader
  // needs, which e2e/fair-share.spec.ts checks on a server of its own.
  FAIR_SEARCHES_PER_CLIENT: process.env.FAIR_SEARCHES_PER_CLIENT ?? '20',
  FAIR_EXPORTS_PER_CLIENT: process.env.FAIR_EXPORTS_PER_CLIENT ?? '10',
  FAIR_EXPORTS_SITE: process.env.FAIR_EXPORTS_SITE ?? '10',
  PARLIAMENT_QUESTIONS_API_URL: `http://127.0.0.1:${fixturePort}/api`,
  PARLIAMENT_MEMBERS_API_URL: `http://127.0.0.1:${fixturePort}/members/api`,
};

mkdirSync(path.dirname(db), { recursive: true });

// A real SMTP server on 127.0.0.1 for the app's mail (sign-up confirmations, alerts): each message it
// accepts is written to data/e2e-mail/<n>.eml for the specs to read; its port is in data/e2e-mail/port.
const mailDir = path.join(root, 'data', 'e2e-mail');
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
let mailCount = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      writeFileSync(path.join(mailDir, `${String(++mailCount).padStart(5, '0')}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = smtp.server.address().port;
writeFileSync(path.join(mailDir, 'port'), String(smtpPort));
Object.assign(env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_SECURE: 'false', MAIL_FROM: 'Answerable <alerts@answerable.test>' });
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
if (postgresUrl) {
  await recreatePostgres(postgresUrl);
  env.AUTH_SECRET ||= e2eAuthSecret(root); // npm run test:e2e:postgres sets it for the specs too
}

/** Drops and creates the e2e PostgreSQL database: the data layer's own recreate (its drop retries past autovacuum). */
async function recreatePostgres(url) {
  const { recreatePostgresDatabase } = await tsImport('../lib/db/postgres/postgres-fresh-database.ts', import.meta.url);
  await recreatePostgresDatabase(url);
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['tsx', 'scripts/db/migrate.ts', 'deploy']);
run('npx', ['tsx', 'scripts/seed.ts']);
if (!process.env.E2E_SKIP_BUILD) run('npx', ['next', 'build']);

const server = spawn('node', ['--import', 'tsx', 'scripts/serve.ts', '--port', port, '--host', '127.0.0.1'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  smtp.close();
  process.exit(code ?? 0);
});
