/**
 * Prisma's schema engine compiled to WebAssembly, driven through the better-sqlite3 driver adapter, so
 * migrations run with no native engine download (see ../shared/notes/prisma-offline.md for the facts
 * this relies on). One wasm instance per process; one engine per operation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { BUSY_TIMEOUT_MS } from '../db/sqlite/sqlite-pragmas';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

let wasmReady = false;

/** Instantiates the engine's wasm once per process (before the first SchemaEngine.new). */
export function loadWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

/**
 * better-sqlite3 runs one statement per call, but the engine replays whole migration files on its
 * shadow database through parameterless `executeRaw`; send those through `executeScript` instead.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === 'executeRaw') {
        return async (query: Parameters<SqlDriverAdapter['executeRaw']>[0]) => {
          if (query.args.length === 0) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface EngineSession {
  engine: SchemaEngine;
  /** Turns the engine's "External error id#N" into the driver's own error message. */
  explain(error: unknown): Error;
  close(): Promise<void>;
}

/** Opens an engine on `dbPath` with the schema at `schemaPath`. Always `close()` it. */
export async function openEngine(dbPath: string, schemaPath: string): Promise<EngineSession> {
  loadWasm();
  const base = new PrismaBetterSqlite3({ url: dbPath, timeout: BUSY_TIMEOUT_MS }, { timestampFormat: 'unixepoch-ms' });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    const wrapped = runScriptsWhole(adapter);
    opened.push(adapter);
    return wrapped;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(await base.connect()),
    connectToShadowDb: async () => track(await base.connectToShadowDb()),
  };
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const schemaText = readFileSync(schemaPath, 'utf8');
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    () => {},
    bound,
  );
  return {
    engine,
    explain(error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const id = /External error id#(\d+)/.exec(message)?.[1];
      const record = id ? bound.errorRegistry.consumeError(Number(id)) : undefined;
      if (!record) return error instanceof Error ? error : new Error(message);
      const cause = record.error as { message?: string; cause?: unknown; kind?: string };
      return new Error(`${message}: ${cause?.message ?? JSON.stringify(cause)}`);
    },
    async close() {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}
