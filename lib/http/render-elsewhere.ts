import cluster, { type Worker } from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { captureRender, type CapturedResponse } from './capture-response';
import { pageCacheKey, type BackgroundRequest, type NextHandler } from './page-cache';

/**
 * Background renders in a process of their own (npm start with more than one process).
 *
 * Rendering a page and better-sqlite3's queries are synchronous: a reader whose request reaches a
 * process while it re-renders an out-of-date page waits for the render's current step, however fast
 * the cache could answer. While staff save several times a second every page goes out of date at
 * once, and re-rendering them in the serving processes put readers' p99 near a second (bench:write).
 * So the serving processes hand those renders to one renderer process, run at a lower CPU priority,
 * through the primary, which queues them (the same page once for everyone who asked before its
 * render began) and passes them on one at a time. The operating system, not an event loop, then
 * shares the CPU, and it favours the processes serving readers.
 */
const RENDER = 'answerable:render';
const RENDERED = 'answerable:rendered';
export const RENDERER_READY = 'answerable:renderer-ready';

interface RenderMessage {
  type: typeof RENDER;
  id: number;
  request: BackgroundRequest;
  /** A reader is waiting for this page: it goes first. */
  urgent?: boolean;
}

interface RenderedMessage {
  type: typeof RENDERED;
  id: number;
  response: CapturedResponse | null;
}

const isMessage = <T extends { type: string }>(message: unknown, type: T['type']): message is T =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

/** In a serving process: asks the renderer (through the primary) for a page; null if it cannot say in time. */
export function createRenderClient(timeoutMs = 30_000): (request: BackgroundRequest, urgent?: boolean) => Promise<CapturedResponse | null> {
  const pending = new Map<number, (response: CapturedResponse | null) => void>();
  let nextId = 1;
  process.on('message', (message: unknown) => {
    if (!isMessage<RenderedMessage>(message, RENDERED)) return;
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    const response = message.response;
    // IPC's structured clone turns a Buffer into a plain Uint8Array.
    resolve?.(response ? { ...response, body: Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength) } : null);
  });
  return (request, urgent = false) =>
    new Promise((resolve) => {
      const id = nextId++;
      // A reader waits for an urgent page: if the renderer cannot say soon (restarting), this process renders it.
      const timer = setTimeout(
        () => {
          pending.delete(id);
          resolve(null);
        },
        urgent ? Math.min(timeoutMs, 5_000) : timeoutMs,
      );
      timer.unref();
      pending.set(id, (response) => {
        clearTimeout(timer);
        resolve(response);
      });
      const sent = process.send?.({ type: RENDER, id, request, urgent } satisfies RenderMessage);
      if (!sent) pending.get(id)?.(null);
    });
}

/**
 * In the primary: queues the serving processes' requests and passes them to the renderer one at a time,
 * except that a page a reader is waiting for (urgent) goes first and starts at once beside the one
 * rendering, so that reader waits for one render, not for the queue.
 */
export function relayRenders(renderer: () => Worker | null, timeoutMs = 60_000): { rendererStopped(): void; rendererReady(): void } {
  type Waiter = { worker: number; id: number };
  // Pages waiting, in the order first asked for, each with everyone who asked before its render began.
  const queue = new Map<string, { request: BackgroundRequest; waiters: Waiter[]; urgent: boolean }>();
  const rendering = new Map<number, { waiters: Waiter[]; timer: ReturnType<typeof setTimeout> }>();
  let nextJob = 1;
  // A new renderer takes a few seconds to load the app; what it is sent before that is lost.
  let ready = false;

  const answer = (waiters: Waiter[], response: CapturedResponse | null) => {
    for (const w of waiters) cluster.workers?.[w.worker]?.send({ type: RENDERED, id: w.id, response } satisfies RenderedMessage);
  };
  const finish = (job: number, response: CapturedResponse | null) => {
    const done = rendering.get(job);
    if (!done) return;
    rendering.delete(job);
    clearTimeout(done.timer);
    answer(done.waiters, response);
  };
  const pump = () => {
    const worker = renderer();
    if (!worker || !ready) return;
    for (;;) {
      const first = queue.entries().next();
      if (first.done) return;
      const [key, job] = first.value;
      if (rendering.size >= (job.urgent ? 2 : 1)) return;
      queue.delete(key);
      const id = nextJob++;
      // A render that never finishes must not stop every one after it: give up on it and replace the renderer.
      const timer = setTimeout(() => {
        finish(id, null);
        worker.process.kill('SIGKILL');
      }, timeoutMs);
      rendering.set(id, { waiters: job.waiters, timer });
      worker.send({ type: RENDER, id, request: job.request } satisfies RenderMessage);
    }
  };

  cluster.on('message', (worker, message: unknown) => {
    if (isMessage<RenderMessage>(message, RENDER)) {
      const key = pageCacheKey(message.request) ?? message.request.url;
      const job = queue.get(key) ?? { request: message.request, waiters: [], urgent: false };
      job.waiters.push({ worker: worker.id, id: message.id });
      if (message.urgent) {
        job.urgent = true;
        const rest = [...queue].filter(([k]) => k !== key);
        queue.clear();
        queue.set(key, job);
        for (const [k, j] of rest) queue.set(k, j);
      } else queue.set(key, job);
      pump();
    } else if (isMessage<RenderedMessage>(message, RENDERED) && worker === renderer()) {
      finish(message.id, message.response);
      pump();
    }
  });
  return {
    rendererStopped() {
      // What it was rendering is lost: those readers keep the copy they have until their next request.
      ready = false;
      for (const id of [...rendering.keys()]) finish(id, null);
    },
    rendererReady() {
      ready = true;
      pump();
    },
  };
}

/** In the renderer process: renders each page asked for and sends back the complete response. */
export function serveRenders(
  render: NextHandler,
  backgroundRequest: (request: BackgroundRequest) => { req: IncomingMessage; res: ServerResponse },
  maxBytes: number,
): void {
  process.on('message', (message: unknown) => {
    if (!isMessage<RenderMessage>(message, RENDER)) return;
    const { req, res } = backgroundRequest(message.request);
    void captureRender(render, req, res, maxBytes).then((response) => process.send?.({ type: RENDERED, id: message.id, response } satisfies RenderedMessage));
  });
  process.send?.({ type: RENDERER_READY });
}
