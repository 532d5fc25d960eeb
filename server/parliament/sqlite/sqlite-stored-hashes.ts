/**
 * The stored list hashes of a page's records, for the sync's worker thread (server/parliament/sync-worker.ts),
 * which needs them to skip unchanged records before fetching any full text: a read-only connection of its own
 * with the one statement prepared once (a Prisma client would cost the worker ~0.3 s of start-up, its query
 * compiler, for this single query). It never writes. `json_each` is SQLite's, so it lives in sqlite/.
 */
import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import type { StoredHashes } from '../sync-wire';

export class SqliteStoredHashes implements StoredHashes {
  private readonly db: Database.Database;
  private readonly statement: Database.Statement<[string], [number, string]>;

  /** `file`: the database as createPrismaClient was given it (a path or a `file:` URL). */
  constructor(file: string) {
    this.db = openSqlite(file.replace(/^file:/, ''), { readonly: true, fileMustExist: true });
    this.statement = this.db.prepare<[string], [number, string]>('SELECT "parliamentId", "listHash" FROM "ParliamentQuestionRecord" WHERE "parliamentId" IN (SELECT "value" FROM json_each(?))').raw();
  }

  /** Parliament id → list hash, for those of `ids` already stored. */
  get(ids: readonly number[]): Map<number, string> {
    return new Map(ids.length ? this.statement.all(JSON.stringify(ids)) : []);
  }

  close(): void {
    this.db.close();
  }
}
