/** SQLite's half of "start from an empty database" (lib/db/dialect.ts): used by `npm run bench:data`. */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Deletes the database file and its WAL, shared-memory and journal files; makes its folder if missing. */
export function recreateSqliteDatabase(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
