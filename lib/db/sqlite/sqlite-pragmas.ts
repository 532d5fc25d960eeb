/**
 * How every SQLite connection the app, the scripts, the count worker and the tests open is set up.
 * SQLite-specific, so it lives here alone.
 *
 * - Write-ahead log (WAL): readers keep reading the last committed state while a writer holds a
 *   write transaction (rollback-journal mode, SQLite's default, makes them wait or fail with
 *   SQLITE_BUSY), so pages keep answering while staff save or a bulk load writes. WAL is stored in the
 *   file itself: it is set where the database is created and migrated (lib/migrations), and every
 *   later connection, read-only ones included, finds it there.
 * - A busy timeout on every connection: two writers (or a writer and a checkpoint) that meet wait up
 *   to BUSY_TIMEOUT_MS for each other instead of failing at once.
 *
 * `synchronous` stays at SQLite's default (FULL): each commit is on disk before it returns, which
 * staff records need more than the few tenths of a millisecond NORMAL would save.
 */
import Database from 'better-sqlite3';

/** How long a connection waits for a lock held by another before giving up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/** better-sqlite3 options for a connection: the busy timeout, plus whatever the caller adds. */
export function connectionOptions(options: Database.Options = {}): Database.Options {
  return { timeout: BUSY_TIMEOUT_MS, ...options };
}

/** A better-sqlite3 connection with the busy timeout (read-only ones too: a checkpoint can make them wait). */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, connectionOptions(options));
}

/** Puts the database file in WAL mode (kept in the file; a no-op when it already is). Returns the mode now in force. */
export function setWriteAheadLog(db: Database.Database): string {
  return String(db.pragma('journal_mode = WAL', { simple: true }));
}

/** Opens `file` (creating it if missing), switches it to WAL mode and closes it again. */
export function enableWriteAheadLog(file: string): void {
  if (file === ':memory:') return; // an in-memory database has no log to keep
  const db = openSqlite(file);
  try {
    const mode = setWriteAheadLog(db);
    if (mode.toLowerCase() !== 'wal') throw new Error(`SQLite kept the database at ${file} in ${mode} journal mode instead of WAL.`);
  } finally {
    db.close();
  }
}
