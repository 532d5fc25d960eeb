/**
 * What the data layer's own modules differ in between the dialects, for the database `DATABASE_URL`
 * names (lib/db/database-url.ts): the Prisma client and its driver adapter, the schema and migrations
 * folder, the hand-made tables schema diffs must leave alone, bulk loading, text filters and recreating
 * a database. What only one database understands lives in its folder (lib/db/sqlite/, lib/db/postgres/).
 * Capabilities with a module of their own choose the same way, through database-url.ts's byDialect: the
 * search (server/search/search-deps.ts), the change signal behind the page cache and Last-Modified
 * (lib/db/change-signal.ts), the server's limits (lib/http/shared-limits.ts), the write lock
 * (server/writes/write-lock.ts), the sync's bulk writes (server/parliament/sync-dialect.ts) and the
 * alerts' matching (server/alerts/alert-dialect.ts).
 */
import type { PrismaClient } from '../../generated/prisma/client';
import { projectLayout, type DialectLayout } from '../migrations/layout';
import type { BulkLoader } from './bulk-load';
import { byDialect, databaseTarget, type DatabaseTarget, type DialectName } from './database-url';
import { EXTERNAL_TABLES, POSTGRES_EXTERNAL_TABLES } from './external-tables';
import { postgresBulkLoader } from './postgres/postgres-bulk-insert';
import { recreatePostgresDatabase } from './postgres/postgres-fresh-database';
import { clientDialect, createPrismaClient } from './prisma-client';
import { sqliteBulkLoader } from './sqlite/sqlite-bulk-insert';
import { recreateSqliteDatabase } from './sqlite/sqlite-fresh-database';
import { postgresTextMatch } from './postgres/postgres-text-match';
import { sqliteTextMatch } from './sqlite/sqlite-text-match';
import type { TextMatch } from './text-match';

export type { DatabaseTarget, DialectName };

export interface Dialect {
  readonly name: DialectName;
  /** This dialect's Prisma schema and migrations folder. */
  readonly layout: DialectLayout;
  /** Tables its migrations create by hand (full-text indexes), which schema diffs must leave alone. */
  readonly externalTables: readonly string[];
  readonly bulkLoader: BulkLoader;
  /** Case-insensitive text filters (lib/db/text-match.ts). */
  readonly textMatch: TextMatch;
}

/** A dialect with the database it points at. */
export interface DatabaseDialect extends Dialect {
  readonly target: DatabaseTarget;
  /** A new Prisma client on the database, with this dialect's adapter and generated client. */
  createPrismaClient(): PrismaClient;
  /** Throws the database away and makes it again, empty (bench:data; never the app). */
  recreate(): Promise<void>;
}

const PARTS = {
  sqlite: { externalTables: EXTERNAL_TABLES, bulkLoader: sqliteBulkLoader, textMatch: sqliteTextMatch },
  postgresql: { externalTables: POSTGRES_EXTERNAL_TABLES, bulkLoader: postgresBulkLoader, textMatch: postgresTextMatch },
};

export function dialectNamed(name: DialectName): Dialect {
  return { name, ...PARTS[name], layout: projectLayout()[name] };
}

/** The dialect of a client made by createPrismaClient. */
export function dialectOf(client: PrismaClient): Dialect {
  return dialectNamed(clientDialect(client));
}

/** The database `DATABASE_URL` names (or `target`), with its dialect. */
export function databaseDialect(target: DatabaseTarget = databaseTarget()): DatabaseDialect {
  const recreate = byDialect(target, { sqlite: ({ file }) => async () => recreateSqliteDatabase(file), postgresql: ({ url }) => () => recreatePostgresDatabase(url) });
  return { ...dialectNamed(target.dialect), target, createPrismaClient: () => createPrismaClient(target), recreate };
}
