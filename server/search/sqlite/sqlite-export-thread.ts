/**
 * Runs a SQLite export on a thread of its own, at the lowest CPU priority. Reading and encoding a batch
 * is synchronous: in the request's process it holds up every reader whose request lands there, and
 * flat out it takes a core readers need. On a thread, the serving event loop only passes bytes on, and
 * the thread (nice 19 on Linux) gets the CPU the serving threads leave.
 *
 * Back-pressure is kept: the thread makes a chunk only when the response stream pulls for one (which
 * it does as the socket drains), so a slow client holds back the database reads; a client that goes
 * away cancels the stream, and that stops the thread. One idle thread is kept for the next export;
 * exports that overlap (the site-wide cap is 1–2) get a thread each.
 *
 * The thread loads the TypeScript sources through tsx, as `npm start` itself does (no file to bundle:
 * Next's build does not see it). If it cannot start, the export runs in this process instead.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportFormat, ExportOptions } from '../export-chunks';
import { exportStream } from '../question-export';
import type { PreparedView } from '../question-search';
import type { QuestionSearchBackend, SearchPlan } from '../types';

/** The lowest priority there is: the export waits whenever a reader's request wants the CPU. */
export const EXPORT_THREAD_NICE = 19;

export interface ThreadSetup {
  file: string;
  mmapBytes: number;
  nice: number;
}

export type ThreadRequest =
  | { type: 'start'; plan: Omit<SearchPlan, 'offset' | 'limit'>; impossible: boolean; format: ExportFormat; options: ExportOptions }
  | { type: 'next' };

export type ThreadReply = { type: 'chunk'; chunk: Uint8Array } | { type: 'end' } | { type: 'error'; message: string };

const BOOT_SOURCE = `
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const load = createRequire(workerData.base);
load('tsx/cjs/api').register();
load(workerData.entry);
`;

export interface ExportThreadOptions {
  mmapBytes?: number;
  /** The app's root, where the sources and node_modules are (default: the working directory). */
  root?: string;
  /** The thread's nice value (default EXPORT_THREAD_NICE). */
  nice?: number;
}

export class SqliteExportThreads {
  private idle: Worker | null = null;
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly options: ExportThreadOptions = {},
  ) {}

  /**
   * The export of a view as a stream, made on a thread. `backend` makes it in this process instead
   * if no thread can be started.
   */
  stream(view: PreparedView, backend: QuestionSearchBackend, format: ExportFormat, options: ExportOptions): ReadableStream<Uint8Array> {
    const start: ThreadRequest = { type: 'start', plan: view.plan, impossible: view.impossible, format, options };
    const inProcess = () => new StreamChunks(exportStream(view, backend, format, options));
    let source: ThreadChunks | StreamChunks | null = null;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        source ??= this.closed ? inProcess() : new ThreadChunks(this.take(), start, (thread) => this.release(thread));
        let chunk: Uint8Array | null;
        try {
          chunk = await source.next();
        } catch (error) {
          if (!(error instanceof ThreadNotStarted)) throw error;
          source = inProcess();
          chunk = await source.next();
        }
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel: () => {
        source?.cancel();
      },
    });
  }

  /** Stops the idle thread (exports still running stop when they end). */
  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle;
    this.idle = null;
    await idle?.terminate();
  }

  private take(): Worker {
    const thread = this.idle ?? this.spawn();
    this.idle = null;
    thread.ref(); // busy: an export in progress keeps a script that awaits it alive
    return thread;
  }

  private release(thread: Worker): void {
    if (this.closed || this.idle) {
      void thread.terminate();
      return;
    }
    thread.unref(); // an idle thread must not keep the process (a test run, a script) alive
    this.idle = thread;
  }

  private spawn(): Worker {
    const root = this.options.root ?? process.cwd();
    const setup: ThreadSetup = { file: this.file, mmapBytes: this.options.mmapBytes ?? 4 * 1024 ** 3, nice: this.options.nice ?? EXPORT_THREAD_NICE };
    const thread = new Worker(BOOT_SOURCE, {
      eval: true,
      // react-server: the sources' `import 'server-only'` resolves as on the server.
      execArgv: ['--conditions=react-server'],
      workerData: { ...setup, base: path.join(root, 'package.json'), entry: path.join(root, 'server/search/sqlite/sqlite-export-thread-body.ts') },
    });
    thread.on('exit', () => {
      if (this.idle === thread) this.idle = null;
    });
    thread.on('error', () => {}); // reported to the export using it (ThreadChunks); an idle one is just dropped
    return thread;
  }
}

/** The thread never answered: the export can still be made in this process. */
class ThreadNotStarted extends Error {}

/** One export's chunks from a thread, asked for one at a time. */
class ThreadChunks {
  private waiting: { resolve: (chunk: Uint8Array | null) => void; reject: (error: Error) => void } | null = null;
  private answered = false;
  private finished = false;

  constructor(
    private readonly thread: Worker,
    start: ThreadRequest,
    private readonly release: (thread: Worker) => void,
  ) {
    thread.on('message', this.onMessage);
    thread.on('error', this.onError);
    thread.on('exit', this.onExit);
    thread.postMessage(start);
  }

  next(): Promise<Uint8Array | null> {
    if (this.finished) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.thread.postMessage({ type: 'next' } satisfies ThreadRequest);
    });
  }

  /** The client went away: stop the thread mid-export (a batch it is reading is abandoned with it). */
  cancel(): void {
    this.detach();
    void this.thread.terminate();
  }

  private readonly onMessage = (reply: ThreadReply) => {
    this.answered = true;
    const waiting = this.waiting;
    this.waiting = null;
    if (reply.type === 'chunk') return waiting?.resolve(reply.chunk);
    this.detach();
    if (reply.type === 'end') {
      this.release(this.thread);
      waiting?.resolve(null);
    } else {
      void this.thread.terminate();
      waiting?.reject(new Error(`The export failed: ${reply.message}`));
    }
  };

  private readonly onError = (error: Error) => this.fail(error);
  private readonly onExit = (code: number) => this.fail(new Error(`The export thread stopped (exit code ${code}).`));

  private fail(error: Error): void {
    this.detach();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(this.answered ? error : new ThreadNotStarted(error.message));
  }

  private detach(): void {
    this.finished = true;
    this.thread.off('message', this.onMessage);
    this.thread.off('error', this.onError);
    this.thread.off('exit', this.onExit);
  }
}

/** The export made in this process (question-export.ts), when no thread could be. */
class StreamChunks {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(stream: ReadableStream<Uint8Array>) {
    this.reader = stream.getReader();
  }

  async next(): Promise<Uint8Array | null> {
    const { done, value } = await this.reader.read();
    return done ? null : value;
  }

  cancel(): void {
    void this.reader.cancel();
  }
}
