/**
 * PostgreSQL migrations are written from a schema-to-schema diff: Prisma's wasm schema engine compares the
 * previous PostgreSQL schema file with the new one and prints the SQL between them, as
 * `prisma migrate diff --from-schema-datamodel … --to-schema-datamodel … --script` does. Such a diff reads
 * no database, but the engine still opens a connection when it starts and asks it one question (does
 * schema "public" exist, and which server version is this). An offline adapter answers that question and
 * refuses everything else, so a migration for PostgreSQL can be written on a machine with no PostgreSQL
 * (a developer on SQLite), and nothing can touch a real database by accident.
 */
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget } from '@prisma/schema-engine-wasm';
import { loadWasm } from '../schema-engine';

/** The server version the diff is written for: the oldest PostgreSQL the project tests on. */
const OFFLINE_SERVER = { version: 'PostgreSQL 15.0 (offline schema diff)', number: 150000 };

function refuse(what: string): never {
  throw new Error(`The offline PostgreSQL differ reads no database, but the engine asked to ${what}.`);
}

function offlineAdapter(): SqlDriverAdapter {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    getConnectionInfo: () => ({ schemaName: 'public', supportsRelationJoins: true }),
    async queryRaw(query) {
      if (!/version\(\)/.test(query.sql)) refuse(`run "${query.sql}"`);
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, OFFLINE_SERVER.version, OFFLINE_SERVER.number]],
      };
    },
    executeRaw: async (query) => refuse(`run "${query.sql}"`),
    executeScript: async () => refuse('run a script'),
    startTransaction: async () => refuse('start a transaction'),
    dispose: async () => {},
  };
}

const offlineFactory: SqlMigrationAwareDriverAdapterFactory = {
  provider: 'postgres',
  adapterName: '@prisma/adapter-pg',
  connect: async () => offlineAdapter(),
  connectToShadowDb: async () => refuse('open a shadow database'),
};

/**
 * The SQL that takes a PostgreSQL database from schema `from` (null: an empty database) to schema `to`,
 * or '' when they agree. `schemaPath` only names the file in the engine's messages. Tables in
 * `externalTables` are left alone.
 */
export async function diffPostgresSchemas(schemaPath: string, from: string | null, to: string, externalTables: string[]): Promise<string> {
  loadWasm();
  const bound = bindMigrationAwareSqlAdapterFactory(offlineFactory);
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, to]] }, () => {}, bound);
  try {
    const source: DiffTarget = from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: from }] };
    const out = await engine.diff({
      from: source,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: to }] },
      script: true,
      exitCode: null,
      // Prisma wants PostgreSQL's external tables schema-qualified; the app's live in public.
      filters: { externalTables: qualifiedTables(externalTables), externalEnums: [] },
    });
    const script = out.stdout ?? '';
    return /^\s*(--[^\n]*\n?\s*)*$/.test(script) ? '' : script;
  } finally {
    engine.free();
  }
}

/** `public.<name>` for an unqualified table name, as Prisma's external-table filters require on PostgreSQL. */
export function qualifiedTables(tables: readonly string[]): string[] {
  return tables.map((t) => (t.includes('.') ? t : `public.${t}`));
}
