/**
 * `deploy`, `dev` and `status` for SQLite: the offline equivalents of `prisma migrate deploy|dev|status`,
 * through Prisma's wasm schema engine on the better-sqlite3 adapter, on the same folder layout and the
 * same `_prisma_migrations` bookkeeping, so a machine with Prisma's native engine finds nothing to do
 * after them. lib/migrations/commands.ts picks this or PostgreSQL's counterpart.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm';
import { EXTERNAL_TABLES } from '../../db/external-tables';
import { enableWriteAheadLog, openSqlite } from '../../db/sqlite/sqlite-pragmas';
import type { MigrationStatus } from '../migration-status';
import { readMigrationsFolder, writeMigration } from '../migrations-folder';
import { openEngine, type EngineSession } from '../schema-engine';

/** A SQLite database file and the schema and migrations folder it is migrated with. */
export interface MigrationPaths {
  dbPath: string;
  schemaPath: string;
  migrationsDir: string;
}

const filters: SchemaFilter = { externalTables: EXTERNAL_TABLES, externalEnums: [] };

async function withEngine<T>(paths: MigrationPaths, run: (session: EngineSession) => Promise<T>): Promise<T> {
  // The database is created (or first migrated) here: put it in WAL mode before the engine opens it.
  enableWriteAheadLog(paths.dbPath);
  const session = await openEngine(paths.dbPath, paths.schemaPath);
  try {
    return await run(session);
  } catch (error) {
    throw whenBusy(session.explain(error), paths.dbPath);
  } finally {
    await session.close();
  }
}

/**
 * The engine locks the database for itself (exclusive locking mode), which in WAL mode waits for every
 * other open connection to close, a running server's included; after the busy timeout the driver
 * reports a "SocketTimeout". Say what to do instead.
 */
function whenBusy(error: Error, dbPath: string): Error {
  if (!/SocketTimeout|database is locked|SQLITE_BUSY/i.test(error.message)) return error;
  return new Error(`The database at ${dbPath} is in use by another process (a running server or script): stop it, then run the migration again.`, { cause: error });
}

async function apply(session: EngineSession, migrationsList: MigrationList): Promise<string[]> {
  const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters });
  return appliedMigrationNames;
}

/** Applies every pending migration. Returns the names applied. */
export async function deploySqlite(paths: MigrationPaths): Promise<string[]> {
  return withEngine(paths, (session) => apply(session, readMigrationsFolder(paths.migrationsDir)));
}

export interface DevResult {
  applied: string[];
  created: string | null;
  warnings: string[];
}

/**
 * Applies pending migrations, then writes (and, unless `createOnly`, applies) a migration for whatever
 * the schema has that the migrations do not. Refuses, rather than resetting, when the history diverges.
 */
export async function createSqliteMigration(
  paths: MigrationPaths,
  name: string,
  options: { createOnly?: boolean } = {},
): Promise<DevResult> {
  return withEngine(paths, async (session) => {
    let migrationsList = readMigrationsFolder(paths.migrationsDir);
    // Applying first also creates _prisma_migrations, without which devDiagnostic fails (P1014).
    const applied = await apply(session, migrationsList);
    const { action } = await session.engine.devDiagnostic({ migrationsList, filters });
    if (action.tag === 'reset') {
      throw new Error(`The database and the migrations folder disagree: ${action.reason}\nNothing was changed.`);
    }
    const schema = { files: [{ path: paths.schemaPath, content: readFileSync(paths.schemaPath, 'utf8') }] };
    const loss = await session.engine.evaluateDataLoss({ migrationsList, schema, filters });
    if (loss.unexecutableSteps.length > 0) {
      throw new Error(`This change cannot run on the current data:\n${loss.unexecutableSteps.map((s) => `- ${s.message}`).join('\n')}`);
    }
    const out = await session.engine.createMigration({
      draft: Boolean(options.createOnly),
      migrationName: name,
      migrationsList,
      schema,
      filters,
    });
    if (!out.migrationScript) return { applied, created: null, warnings: [] };
    writeMigration(paths.migrationsDir, out.generatedMigrationName, out.migrationScript, out.extension, out.connectorType);
    if (!options.createOnly) {
      migrationsList = readMigrationsFolder(paths.migrationsDir);
      applied.push(...(await apply(session, migrationsList)));
    }
    return { applied, created: out.generatedMigrationName, warnings: loss.warnings.map((w) => w.message) };
  });
}

/** What `prisma migrate status` reports: pending, edited-after-apply, failed and unknown migrations. */
export async function sqliteStatus(paths: MigrationPaths): Promise<MigrationStatus> {
  // The engine fails (P1014) rather than answer on a database that was never migrated.
  if (!hasMigrationsTable(paths.dbPath)) {
    const pending = readMigrationsFolder(paths.migrationsDir).migrationDirectories.map((d) => d.path);
    return { upToDate: pending.length === 0, pending, edited: [], failed: [], missingFromFolder: [] };
  }
  return withEngine(paths, async (session) => {
    const migrationsList = readMigrationsFolder(paths.migrationsDir);
    const all = migrationsList.migrationDirectories.map((d) => d.path);
    const out = await session.engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    const history = out.history;
    let pending: string[] = [];
    let missingFromFolder: string[] = [];
    if (!out.hasMigrationsTable) pending = all;
    else if (history?.diagnostic === 'databaseIsBehind') pending = history.unappliedMigrationNames;
    else if (history?.diagnostic === 'migrationsDirectoryIsBehind') missingFromFolder = history.unpersistedMigrationNames;
    else if (history?.diagnostic === 'historiesDiverge') {
      pending = history.unappliedMigrationNames;
      missingFromFolder = history.unpersistedMigrationNames;
    }
    const status = {
      pending,
      edited: out.editedMigrationNames,
      failed: out.failedMigrationNames,
      missingFromFolder,
    };
    const upToDate = Object.values(status).every((list) => list.length === 0);
    return { upToDate, ...status };
  });
}

function hasMigrationsTable(dbPath: string): boolean {
  if (!existsSync(dbPath)) return false;
  const db = openSqlite(dbPath, { readonly: true });
  try {
    return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get());
  } finally {
    db.close();
  }
}
