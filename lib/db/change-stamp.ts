/**
 * A value that differs after any write to the database is committed, cheap enough to read on every API
 * request (server/api/freshness.ts's Last-Modified). It may also change without a write to the app's
 * data (that only makes a response look new); it must never stay the same across one.
 * SQLite: `PRAGMA data_version` on a connection of its own (lib/db/sqlite-data-version.ts).
 * PostgreSQL: the write-ahead log's position (lib/db/postgres/postgres-change-stamp.ts).
 */
export interface ChangeStamp {
  current(): Promise<string>;
}
