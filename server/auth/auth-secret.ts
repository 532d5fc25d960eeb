import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byDialect, databaseTarget } from '@/lib/db/database-url';

/**
 * The secret that signs session cookies: `AUTH_SECRET`, or one generated once and kept beside the
 * database file (mode 600), so every server process on this machine signs with the same key and a
 * fresh clone works without configuration. The first process to start creates it; the others read it.
 * On PostgreSQL the app servers are usually several machines, which a file on one cannot serve: there
 * `AUTH_SECRET` is required, so a session signed by one server is accepted by every other.
 */
export function authSecret(configured: string | undefined): string {
  if (configured) return configured;
  const db = byDialect(databaseTarget(), {
    sqlite: ({ file }) => file,
    postgresql: () => {
      throw new Error('Set AUTH_SECRET (32 characters or more) when DATABASE_URL is PostgreSQL: every app server must sign session cookies with the same key.');
    },
  });
  if (db === ':memory:') return randomBytes(32).toString('base64url');
  const file = path.join(path.dirname(db), 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}
