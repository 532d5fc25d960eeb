import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient } from '../../../generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '../../../generated/prisma-postgres/client';

/**
 * A Prisma client on a PostgreSQL database, through node-postgres' pool (Prisma's adapter-pg).
 *
 * Prisma 7 generates a client per provider (its query compiler is built for one), and the SQLite client
 * refuses this adapter ("not compatible with the provider sqlite"), so this is PostgreSQL's own generated
 * client (generated/prisma-postgres, from prisma/postgresql/schema.prisma). Both are generated from one
 * model, so the data layer keeps using SQLite's client type: PostgreSQL's accepts every query SQLite's
 * can express (it only adds options such as `mode: 'insensitive'`), and both share Prisma's runtime, so
 * `Prisma.sql` fragments and error classes are the same objects.
 */
export function createPostgresPrismaClient(url: string): PrismaClient {
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client as unknown as PrismaClient;
}
