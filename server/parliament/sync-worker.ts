/**
 * The sync's second thread (server/parliament/sync-source.ts starts it): every request to Parliament's
 * APIs, JSON parsing, validation, hashing, sanitising and serialising happens here, so the main thread
 * only writes, and the two cores work at once. It reads the database (stored list hashes, on a read-only
 * connection of its own: SQLite's file, or a PostgreSQL session) but never writes it: crash safety stays with
 * the main thread's batch transactions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { byDialect } from '@/lib/db/database-url';
import { z } from '@/lib/validation/zod';
import { ParliamentClient, type ClientOptions } from './client';
import { prepareRecords } from './prepare-records';
import { PostgresStoredHashes } from './postgres/postgres-stored-hashes';
import { SqliteStoredHashes } from './sqlite/sqlite-stored-hashes';
import { toWire, type StoredHashes, type WorkerData, type WorkerReply, type WorkerRequest } from './sync-wire';

const data = workerData as WorkerData;
// As configured on the main thread (the CLI turns zod's compiled parsers on; a browser-safe default otherwise).
z.config({ jitless: data.jitless });
const port = parentPort!;
const options: ClientOptions = { ...data.client, onRetry: (message) => port.postMessage({ log: message } satisfies WorkerReply) };
const client = new ParliamentClient(options);
const stored = byDialect<StoredHashes>(data.store, { sqlite: ({ file }) => new SqliteStoredHashes(file), postgresql: ({ url }) => new PostgresStoredHashes(url) });

const sources = {
  getQuestion: (id: number) => client.getQuestion(id),
  storedHashes: async (ids: number[]) => stored.get(ids),
};

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'page': {
      const page = await client.listQuestions(request.filters, request.skip, request.take);
      return { count: page.results.length, totalResults: page.totalResults, ...toWire(await prepareRecords(page.results, request.skip, sources)) };
    }
    case 'questions': {
      const raws = (await Promise.all(request.ids.map((id) => client.getQuestion(id)))).filter((r) => r !== null);
      return toWire(await prepareRecords(raws, 0, sources));
    }
    case 'member':
      return client.getMember(request.memberId);
    case 'answeringBodies':
      return client.answeringBodies();
    case 'close':
      await stored.close();
      port.close();
      return null;
  }
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (value) => request.op !== 'close' && port.postMessage({ id: request.id, value } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: request.id, error: (error as Error)?.message ?? String(error) } satisfies WorkerReply),
  );
});
