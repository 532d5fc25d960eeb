/**
 * For the page cache's tests: a real SQLite file holding one "page" row the test app renders, a
 * second connection that plays the staff member (or another server process) committing a change,
 * the data version the cache stamps pages with, and a real HTTP server on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { SqliteDataVersion } from '@/lib/db/sqlite/sqlite-data-version';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';

export interface PageDb {
  writer: Database.Database;
  reader: Database.Database;
  version: SqliteDataVersion;
  /** The page's heading as the app renders it. */
  heading(): string;
  /** Commits a new heading from the other connection. */
  commit(heading: string): void;
  close(): void;
}

export function createPageDb(): PageDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-pages-'));
  const file = path.join(dir, 'pages.db');
  const writer = openSqlite(file);
  writer.exec(`CREATE TABLE "page" ("id" INTEGER PRIMARY KEY, "heading" TEXT); INSERT INTO "page" VALUES (1, 'Paris bilateral');`);
  const reader = openSqlite(file, { readonly: true });
  const version = new SqliteDataVersion(file);
  return {
    writer,
    reader,
    version,
    heading: () => (reader.prepare('SELECT "heading" FROM "page" WHERE "id" = 1').pluck().get() as string) ?? '',
    commit: (heading) => void writer.prepare('UPDATE "page" SET "heading" = ? WHERE "id" = 1').run(heading),
    close() {
      version.close();
      reader.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves `handler` on 127.0.0.1 at a free port. */
export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ base: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
