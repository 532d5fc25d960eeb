/**
 * What tells the page cache (lib/http/page-cache.ts, scripts/serve.ts) that the database changed: a value
 * read on every request, synchronously (the cache decides before any await), that differs after any
 * commit that may change a page. It may change without such a commit (that costs a render, never a stale
 * page); it must not stay the same across one.
 *
 * SQLite: `PRAGMA data_version` on a connection of its own, exact and immediate, but it sees one file on
 * one machine (lib/db/sqlite-data-version.ts). PostgreSQL: LISTEN/NOTIFY, which reaches every serving
 * process of every app server (lib/db/postgres/postgres-change-signal.ts).
 */
import { databaseTarget, type DatabaseTarget } from './database-url';
import { postgresChangeSignal } from './postgres/postgres-change-signal';
import { SqliteDataVersion } from './sqlite-data-version';

export interface ChangeSignal {
  /** An opaque value that differs after any commit that may change a page. */
  current(): string;
  close(): Promise<void>;
}

/**
 * Opens the signal for the database `DATABASE_URL` names (or `target`). Rejects with a message a person
 * can act on when the database cannot be reached (no SQLite file yet, PostgreSQL down or refusing).
 */
export async function openChangeSignal(target: DatabaseTarget = databaseTarget()): Promise<ChangeSignal> {
  if (target.dialect === 'postgresql') return postgresChangeSignal(target.url);
  let version: SqliteDataVersion;
  try {
    version = new SqliteDataVersion(target.file);
  } catch (error) {
    throw new Error(`Cannot open the database at ${target.file} (${(error as Error).message}). Run npm run db:deploy and npm run db:seed first.`, { cause: error });
  }
  return {
    current: () => String(version.current()),
    close: async () => version.close(),
  };
}
