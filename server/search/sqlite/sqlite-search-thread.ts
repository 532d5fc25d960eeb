/**
 * A page's search (ranking, the page's rows, snippets; its count runs beside it on the count worker)
 * on a thread of its own, at a lower CPU priority. better-sqlite3 runs each statement synchronously,
 * so a search costing a second (the costliest the caps accept, BENCHMARKS.md "Costly searches") held
 * up every reader whose request landed on the same process, cached pages included; on a thread, the
 * serving event loop only waits on a promise, and the readers' requests get the CPU first.
 *
 * The rest of the backend (counts, exports, the highest id) stays on the serving thread's backend,
 * which also makes the page itself if the thread cannot start or stops. The thread loads the
 * TypeScript sources through tsx, as the export thread does.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SearchDeadlineError } from '../search-deadline';
import type { ExportReader, QuestionSearchBackend, SearchPage, SearchPlan } from '../types';

/** The renderer's priority: readers of cached pages first, then searches. */
export const SEARCH_THREAD_NICE = 10;

export interface SearchThreadSetup {
  file: string;
  root: string;
  mmapBytes?: number;
  deadlineMs?: number;
  nice: number;
}

export interface SearchThreadRequest {
  id: number;
  plan: SearchPlan;
}

export type SearchThreadReply =
  | { id: number; page: SearchPage }
  | { id: number; deadlineMs: number }
  | { id: number; error: string }
  | { id: 0; ready: true };

const BOOT_SOURCE = `
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const load = createRequire(workerData.base);
load('tsx/cjs/api').register();
load(workerData.entry);
`;

interface Pending {
  plan: SearchPlan;
  resolve: (page: SearchPage) => void;
  reject: (error: Error) => void;
}

/** A QuestionSearchBackend whose `search` runs on the thread, and everything else on `local`. */
export class ThreadedSqliteSearch implements QuestionSearchBackend {
  private thread: Worker | null = null;
  private ready = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The thread failed: pages are made on the serving thread from now on. */
  private broken = false;

  constructor(
    private readonly local: QuestionSearchBackend,
    private readonly setup: Omit<SearchThreadSetup, 'nice'> & { nice?: number },
  ) {}

  search(plan: SearchPlan): Promise<SearchPage> {
    const thread = this.broken ? null : (this.thread ?? this.start());
    if (!thread) return this.local.search(plan);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { plan, resolve, reject });
      thread.ref(); // a search in progress keeps a script that awaits it alive
      thread.postMessage({ id, plan } satisfies SearchThreadRequest);
    });
  }

  count(plan: SearchPlan): Promise<number> {
    return this.local.count(plan);
  }

  highestId(): Promise<number> {
    return this.local.highestId();
  }

  exportReader(plan: Omit<SearchPlan, 'offset' | 'limit'>): ExportReader {
    return this.local.exportReader(plan);
  }

  async close(): Promise<void> {
    this.broken = true;
    const thread = this.thread;
    this.thread = null;
    await thread?.terminate();
    await this.local.close();
  }

  private start(): Worker | null {
    try {
      const thread = new Worker(BOOT_SOURCE, {
        eval: true,
        // react-server: the sources' `import 'server-only'` resolves as on the server.
        execArgv: ['--conditions=react-server'],
        workerData: {
          ...this.setup,
          nice: this.setup.nice ?? SEARCH_THREAD_NICE,
          base: path.join(this.setup.root, 'package.json'),
          entry: path.join(this.setup.root, 'server/search/sqlite/sqlite-search-thread-body.ts'),
        } satisfies SearchThreadSetup & { base: string; entry: string },
      });
      thread.unref();
      thread.on('message', (reply: SearchThreadReply) => this.onReply(reply));
      thread.on('error', (error) => this.fail(error));
      thread.on('exit', (code) => this.fail(new Error(`The search thread stopped (exit code ${code}).`)));
      this.thread = thread;
      return thread;
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return null;
    }
  }

  private onReply(reply: SearchThreadReply): void {
    if ('ready' in reply) {
      this.ready = true;
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.thread?.unref();
    if ('page' in reply) pending.resolve(reply.page);
    else if ('deadlineMs' in reply) pending.reject(new SearchDeadlineError(reply.deadlineMs));
    else pending.reject(new Error(reply.error));
  }

  /**
   * The thread could not start, or stopped: its searches are made here instead (a search is a read,
   * so running it again is safe), and so is every later one.
   */
  private fail(error: Error): void {
    if (this.broken && this.pending.size === 0) return;
    if (!this.broken) console.warn(`The search thread ${this.ready ? 'stopped' : 'could not start'}; searching in the serving thread instead: ${error.message}`);
    this.broken = true;
    const thread = this.thread;
    this.thread = null;
    void thread?.terminate();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { plan, resolve, reject } of pending) this.local.search(plan).then(resolve, reject);
  }
}
