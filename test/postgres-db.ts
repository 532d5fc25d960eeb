import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { dropDatabase } from '@/lib/db/postgres/postgres-drop-database';
import { createPrismaClient, type PrismaClient } from '@/lib/db/prisma-client';
import { deployPostgres } from '@/lib/migrations/postgres/postgres-migrations';

/**
 * The PostgreSQL server the tests use, as a URL to a database they may connect to and run CREATE DATABASE
 * from: `TEST_POSTGRES_URL`, or the local server CI starts (.ci/run). Each test file creates databases of
 * its own with a random name and drops them afterwards, so files run in parallel on one server.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || 'postgres://answerable:answerable@127.0.0.1:5432/postgres';

const root = path.resolve(import.meta.dirname, '..');

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`The PostgreSQL tests need a server at ${TEST_POSTGRES_URL} (set TEST_POSTGRES_URL): ${(error as Error).message}`, { cause: error });
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface EmptyPostgres {
  name: string;
  url: string;
  /** Drops the database, ending any connection still open on it. */
  drop(): Promise<void>;
}

/** A new, empty database on the test server (or a copy of `template`). */
export async function createEmptyPostgres(prefix = 'answerable_pg', template?: string): Promise<EmptyPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => admin((client) => dropDatabase(client, name)),
  };
}

export interface TempPostgres extends EmptyPostgres {
  prisma: PrismaClient;
  /** Disconnects the client and drops the database. */
  cleanup(): Promise<void>;
}

/** Applies every PostgreSQL migration to the database at `url`. */
export function deployTestPostgres(url: string): Promise<unknown> {
  return deployPostgres({
    postgresUrl: url,
    schemaPath: path.join(root, 'prisma', 'postgresql', 'schema.prisma'),
    migrationsDir: path.join(root, 'prisma', 'postgresql', 'migrations'),
  });
}

/**
 * A new database with every PostgreSQL migration applied and a Prisma client on it: the counterpart of
 * createTempDb. Copied from the suite's migrated template (test/global-setup.ts) when there is one,
 * which costs a file copy instead of running the migrations again in every test file.
 */
export async function createTempPostgres(prefix?: string): Promise<TempPostgres> {
  const template = inject('postgresTemplate');
  const db = await createEmptyPostgres(prefix, template ?? undefined);
  if (!template) {
    try {
      await deployTestPostgres(db.url);
    } catch (error) {
      await db.drop();
      throw error;
    }
  }
  const prisma = createPrismaClient(db.url);
  return {
    ...db,
    prisma,
    async cleanup() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
