import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { postgresTextMatch } from './postgres/postgres-text-match';
import { byDialect } from './database-url';
import { clientTarget } from './prisma-client';
import { sqliteTextMatch } from './sqlite/sqlite-text-match';

/**
 * Case-insensitive text filters, the one rule for name and word lookups on both databases: a search box
 * for "eagle" finds "Maria Eagle" whichever database holds her. The same Prisma filter differs by
 * dialect: `contains` is LIKE on SQLite, case-insensitive for ASCII letters already, and LIKE on
 * PostgreSQL, case-sensitive unless `mode: 'insensitive'` (ILIKE) is given, an option SQLite's client
 * type, the one the data layer is written against, does not offer. So each dialect builds the filter
 * (lib/db/sqlite/sqlite-text-match.ts, lib/db/postgres/postgres-text-match.ts) and the data layer asks
 * for it by meaning (server/db.ts's `textMatch`, or textMatchFor(client)). PostgreSQL also folds
 * non-ASCII letters (É/é); SQLite's LIKE does not.
 */
export interface TextMatch {
  /** Rows whose column contains `text`, ignoring case. */
  contains(text: string): Prisma.StringFilter;
  /** Rows whose column starts with `text`, ignoring case. */
  startsWith(text: string): Prisma.StringFilter;
}

/** The text filters for the database `client` talks to. */
export function textMatchFor(client: PrismaClient): TextMatch {
  return byDialect(clientTarget(client), { sqlite: () => sqliteTextMatch, postgresql: () => postgresTextMatch });
}
