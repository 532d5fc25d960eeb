/**
 * What tells the page cache (lib/http/page-cache.ts, scripts/serve.ts) that the database changed: a value
 * read on every request, synchronously (the cache decides before any await), that differs after any
 * commit that may change a page. It may change without such a commit (that costs a render, never a stale
 * page); it must not stay the same across one.
 *
 * SQLite: `PRAGMA data_version` on a connection of its own, exact and immediate, but it sees one file on
 * one machine (lib/db/sqlite/sqlite-data-version.ts). PostgreSQL: LISTEN/NOTIFY, which reaches every serving
 * process of every app server (lib/db/postgres/postgres-change-signal.ts).
 * The API's Last-Modified (server/api/freshness.ts) reads the same signal, settled.
 */
import { byDialect, databaseTarget, type DatabaseTarget } from './database-url';
import { postgresChangeSignal } from './postgres/postgres-change-signal';
import { SqliteDataVersion } from './sqlite/sqlite-data-version';

export interface ChangeSignal {
  /** An opaque value that differs after any commit that may change a page (on PostgreSQL, once heard). */
  current(): string;
  /** The same, counting every commit that finished before the call (on PostgreSQL, a round trip later). */
  settled(): Promise<string>;
  close(): Promise<void>;
}

const globalForSignal = globalThis as unknown as { answerableChangeSignals?: Map<string, Promise<ChangeSignal>> };

/**
 * One signal per database per process, shared by the page cache (scripts/serve.ts) and the API's
 * Last-Modified (server/api/freshness.ts), which Next's bundle reaches as another copy of this module:
 * hence globalThis. A signal that failed to open is forgotten, so the next caller tries again.
 */
export function sharedChangeSignal(target: DatabaseTarget = databaseTarget()): Promise<ChangeSignal> {
  const signals = (globalForSignal.answerableChangeSignals ??= new Map());
  let signal = signals.get(target.url);
  if (!signal) {
    signal = openChangeSignal(target);
    signals.set(target.url, signal);
    signal.catch(() => signals.delete(target.url));
  }
  return signal;
}

/**
 * Opens the signal for the database `DATABASE_URL` names (or `target`). Rejects with a message a person
 * can act on when the database cannot be reached (no SQLite file yet, PostgreSQL down or refusing).
 */
export async function openChangeSignal(target: DatabaseTarget = databaseTarget()): Promise<ChangeSignal> {
  return byDialect(target, { sqlite: async ({ file }) => sqliteChangeSignal(file), postgresql: ({ url }) => postgresChangeSignal(url) });
}

function sqliteChangeSignal(file: string): ChangeSignal {
  let version: SqliteDataVersion;
  try {
    version = new SqliteDataVersion(file);
  } catch (error) {
    throw new Error(`Cannot open the database at ${file} (${(error as Error).message}). Run npm run db:deploy and npm run db:seed first.`, { cause: error });
  }
  const current = () => String(version.current());
  return {
    current,
    settled: async () => current(),
    close: async () => version.close(),
  };
}
