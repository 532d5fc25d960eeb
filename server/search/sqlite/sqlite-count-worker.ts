/**
 * Counts a search's matches on a second thread with a connection of its own, while the request's
 * thread ranks the page. Counting a word in most questions walks its whole doclist (~25 ms at a
 * million questions) and so does bm25, before it ranks anything; on two cores the two walks run
 * side by side instead of one after the other.
 *
 * The worker is plain JavaScript run with `eval` (no file to bundle or locate), and loads
 * better-sqlite3 from the app's node_modules. If it cannot start or fails, callers count on their
 * own connection instead: slower, never wrong.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BUSY_TIMEOUT_MS } from '@/lib/db/sqlite/sqlite-pragmas';
import { WORKER_DEADLINE_SOURCE } from './sqlite-deadline';
import type { Sql } from './sqlite-search-sql';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const Database = createRequire(workerData.base)('better-sqlite3');
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: workerData.busyTimeoutMs });
db.pragma('mmap_size = ' + Number(workerData.mmapBytes));
${WORKER_DEADLINE_SOURCE}
const statements = new Map();
parentPort.on('message', ({ id, text, params, deadline }) => {
  deadlineAt = typeof deadline === 'number' ? deadline : Infinity;
  try {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size >= 200) statements.delete(statements.keys().next().value);
      statement = db.prepare(text).pluck();
      statements.set(text, statement);
    }
    parentPort.postMessage({ id, n: Number(statement.get(...params)) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  } finally {
    deadlineAt = Infinity;
  }
});
`;

interface Pending {
  resolve: (n: number) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; n: number } | { id: number; error: string };

export interface CountWorkerOptions {
  mmapBytes: number;
  /** How long the worker's connection waits for a lock (default BUSY_TIMEOUT_MS, as every connection). */
  busyTimeoutMs?: number;
  /** Where better-sqlite3 is resolved from (default: the working directory, the app's root). */
  resolveFrom?: string;
}

export class SqliteCountWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly options: CountWorkerOptions,
  ) {}

  /**
   * The single number a `SELECT count(*) …` statement returns, counted on the worker's thread. Past
   * `deadlineAt` (epoch ms) the statement's deadline checks stop it (sqlite-deadline.ts) and the
   * promise rejects with an error `isDeadlineError` recognises.
   */
  count(sql: Sql, deadlineAt = Infinity): Promise<number> {
    if (this.closed) return Promise.reject(new Error('The count worker is closed.'));
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text: sql.text, params: sql.params, deadline: Number.isFinite(deadlineAt) ? deadlineAt : null });
    });
  }

  close(): void {
    this.closed = true;
    this.failAll(new Error('The count worker is closed.'));
    void this.worker?.terminate();
    this.worker = null;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const base = path.join(this.options.resolveFrom ?? process.cwd(), 'package.json');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, mmapBytes: this.options.mmapBytes, busyTimeoutMs: this.options.busyTimeoutMs ?? BUSY_TIMEOUT_MS, base } });
    // An idle worker must not keep the process (a test run, a script) alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.n);
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null; // the next count starts a new one
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The count worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
