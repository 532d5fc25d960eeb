/**
 * PostgreSQL's half of "start from an empty database" and "after a bulk load" (lib/db/dialect.ts):
 * used by `npm run bench:data`, which rebuilds its database from nothing.
 */
import pg from 'pg';
import type { RawRunner } from '../bulk-load';
import { dropDatabase } from './postgres-drop-database';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Drops the database `url` names (ending any session still on it) and creates it again, empty. Runs
 * from the server's `postgres` maintenance database, as CREATE DATABASE cannot run inside the target.
 */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!NAME.test(name)) throw new Error(`Refusing to recreate the database "${name}": use a plain name (letters, digits, _).`);
  if (name === 'postgres') throw new Error('Refusing to recreate the maintenance database "postgres".');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await dropDatabase(client, name);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * After a bulk load: VACUUM sets the visibility map (so counts and sorted pages can be answered from an
 * index alone, without visiting the table's pages), merges the GIN indexes' pending lists, and ANALYZE
 * gives the planner the new data's statistics. Outside any transaction, as VACUUM requires.
 */
export async function optimizePostgresAfterLoad(db: RawRunner): Promise<void> {
  await db.$executeRawUnsafe('VACUUM (ANALYZE)');
}
