/**
 * `deploy` and `status` for PostgreSQL, without Prisma's schema engine: Prisma 7 no longer migrates through
 * driver adapters, and its wasm engine's PostgreSQL path through @prisma/adapter-pg is unproven (see
 * ../shared/notes/auth-postgres-api.md). Applying migrations needs no engine: each pending
 * `migration.sql`, in folder order, runs in a transaction of its own together with the same
 * `_prisma_migrations` row `prisma migrate deploy` writes (checksum = sha256 of the file), so a failed
 * migration leaves neither half its changes nor a record behind, and a machine with Prisma's native
 * engine finds the same history. (A migration therefore cannot use statements PostgreSQL refuses inside
 * a transaction, such as CREATE INDEX CONCURRENTLY.)
 */
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { readMigrationsFolder } from '../migrations-folder';
import type { MigrationStatus } from '../migration-status';

export interface PostgresMigrationPaths {
  postgresUrl: string;
  schemaPath: string;
  migrationsDir: string;
}

/** The advisory lock Prisma's own engine takes while migrating PostgreSQL: two deploys (ours or its) never interleave. */
const MIGRATION_LOCK = 72707369;

/** The table as Prisma's engine creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    throw new Error(`Cannot reach the PostgreSQL database ${pathname.slice(1)} at ${hostname}:${port || 5432}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function readScripts(migrationsDir: string): { name: string; sql: string }[] {
  const list = readMigrationsFolder(migrationsDir);
  const provider = /provider\s*=\s*"(\w+)"/.exec(list.lockfile.content ?? '')?.[1];
  if (provider && provider !== 'postgresql') throw new Error(`${migrationsDir} holds ${provider} migrations, not PostgreSQL's.`);
  return list.migrationDirectories.map((dir) => {
    if (dir.migrationFile.content.tag === 'error') throw new Error(dir.migrationFile.content.value);
    return { name: dir.path, sql: dir.migrationFile.content.value };
  });
}

async function readHistory(client: pg.Client): Promise<MigrationRow[] | null> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('\"_prisma_migrations\"') IS NOT NULL AS exists");
  if (!rows[0]?.exists) return null;
  const history = await client.query<MigrationRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at, migration_name',
  );
  return history.rows;
}

const succeeded = (row: MigrationRow) => row.finished_at !== null && row.rolled_back_at === null;
const failed = (row: MigrationRow) => row.finished_at === null && row.rolled_back_at === null;

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function deployPostgres(paths: PostgresMigrationPaths): Promise<string[]> {
  const scripts = readScripts(paths.migrationsDir);
  return withClient(paths.postgresUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const history = (await readHistory(client)) ?? [];
      const stuck = history.filter(failed).map((row) => row.migration_name);
      if (stuck.length) throw new Error(`Migration ${stuck.join(', ')} failed earlier and is recorded as unfinished: resolve it before deploying again.`);
      const done = new Set(history.filter(succeeded).map((row) => row.migration_name));
      const applied: string[] = [];
      for (const { name, sql } of scripts) {
        if (done.has(name)) continue;
        await client.query('BEGIN');
        try {
          await client.query(
            'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, clock_timestamp())',
            [randomUUID(), sha256(sql), name],
          );
          await client.query(sql);
          await client.query('UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "migration_name" = $1 AND "finished_at" IS NULL', [name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`Migration ${name} failed and was rolled back (nothing of it was applied): ${message}`, { cause: error });
        }
        applied.push(name);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

/** What `prisma migrate status` reports, read from `_prisma_migrations` and the folder. */
export async function postgresStatus(paths: PostgresMigrationPaths): Promise<MigrationStatus> {
  const scripts = readScripts(paths.migrationsDir);
  const history = await withClient(paths.postgresUrl, readHistory);
  const applied = new Map((history ?? []).filter(succeeded).map((row) => [row.migration_name, row.checksum]));
  const inFolder = new Set(scripts.map((s) => s.name));
  const status = {
    pending: scripts.filter((s) => !applied.has(s.name)).map((s) => s.name),
    edited: scripts.filter((s) => applied.has(s.name) && applied.get(s.name) !== sha256(s.sql)).map((s) => s.name),
    failed: (history ?? []).filter(failed).map((row) => row.migration_name),
    missingFromFolder: [...applied.keys()].filter((name) => !inFolder.has(name)),
  };
  return { upToDate: Object.values(status).every((list) => list.length === 0), ...status };
}
