/**
 * PostgreSQL's stored list hashes for the sync's worker thread (server/parliament/sync-worker.ts; SQLite's:
 * sqlite-stored-hashes.ts): one node-postgres connection of the worker's own, a read-only session, the
 * page's ids as one array parameter. Not a Prisma client, for the reason SQLite's is not (its start-up).
 */
import pg from 'pg';
import type { StoredHashes } from '../sync-wire';

export class PostgresStoredHashes implements StoredHashes {
  private readonly client: pg.Client;
  /** The last query asked: the worker asks for several pages at once, and one connection runs one query at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly connected: Promise<unknown>;

  constructor(url: string) {
    this.client = new pg.Client({ connectionString: url, application_name: 'answerable sync worker', options: '-c default_transaction_read_only=on' });
    this.connected = this.client.connect();
    // A failed connect is reported by every get(), not as an unhandled rejection.
    this.connected.catch(() => {});
  }

  async get(ids: readonly number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    // Queued behind the previous query.
    const result = this.queue.then(async () => {
      await this.connected;
      return this.client.query<[number, string]>({
        text: 'SELECT "parliamentId", "listHash" FROM "ParliamentQuestionRecord" WHERE "parliamentId" = ANY($1::int[])',
        values: [ids],
        rowMode: 'array',
      });
    });
    this.queue = result.catch(() => {});
    return new Map((await result).rows);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}
