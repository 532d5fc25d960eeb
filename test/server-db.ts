import { createTempDb, type TempDb } from './temp-db';

/**
 * A temp database that `@/server/db` (the app's one Prisma client) will open: sets DATABASE_URL
 * before the data layer is first imported. Import server modules dynamically after calling this;
 * each test file runs in its own process, so the client is not shared between files.
 */
export function createServerTestDb(): TempDb {
  const db = createTempDb();
  process.env.DATABASE_URL = `file:${db.file}`;
  return db;
}
