import type { PrismaClient } from '../../generated/prisma/client';
import { byDialect, databaseTarget, parseDatabaseUrl, type DatabaseTarget, type DialectName } from './database-url';
import { createPostgresPrismaClient } from './postgres/postgres-prisma-client';
import { createSqlitePrismaClient } from './sqlite/sqlite-prisma-client';

export type { PrismaClient };

const targets = new WeakMap<object, DatabaseTarget>();

/**
 * A Prisma client on the database `DATABASE_URL` names (or `target`: a SQLite path, a `file:` or
 * `postgres://` URL, or a parsed target), with that dialect's driver adapter and generated client.
 * Used by the server (server/db.ts), the seed and benchmark scripts, and the tests.
 */
export function createPrismaClient(target: string | DatabaseTarget = databaseTarget()): PrismaClient {
  const parsed = typeof target === 'string' ? parseDatabaseUrl(target) : target;
  const client = byDialect(parsed, { sqlite: ({ file }) => createSqlitePrismaClient(file), postgresql: ({ url }) => createPostgresPrismaClient(url) });
  targets.set(client, parsed);
  return client;
}

/**
 * Which database a client made by createPrismaClient talks to, for the few modules that write SQL only
 * one dialect understands (bulk loads).
 */
export function clientDialect(client: object): DialectName {
  return clientTarget(client).dialect;
}

/**
 * The database a client made by createPrismaClient talks to, for another thread or process that opens a
 * connection of its own on it (the sync's worker thread).
 */
export function clientTarget(client: object): DatabaseTarget {
  const target = targets.get(client);
  if (!target) throw new Error('This Prisma client was not made by createPrismaClient (lib/db/prisma-client.ts): its database dialect is unknown.');
  return target;
}
