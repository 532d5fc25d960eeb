// The AUTH_SECRET of the end-to-end runs on PostgreSQL, which has no file beside it for the generated
// one (server/auth/auth-secret.ts): the file the SQLite runs keep in data/, created if missing, so the
// e2e server, the processes specs start and the specs that sign links themselves (e2e/alerts.spec.ts)
// all use the same key.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function e2eAuthSecret(root) {
  const file = path.join(root, 'data', 'auth-secret');
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
