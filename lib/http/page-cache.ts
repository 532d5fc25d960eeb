import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { captureRender, captureResponse, type CapturedResponse } from './capture-response';
import { headersWithNonce, joinWithNonce, responseNonce, splitAtNonce } from './nonce-replay';

/**
 * An exact in-memory cache of rendered pages, in front of Next. Every page is the same for every
 * reader (no sign-in, no cookies read) and depends only on the address, the database and today's
 * date, so a copy made while the database was at data version V and the date was D is exactly what a
 * new render would give while both are unchanged. Entries carry that stamp; any commit by anyone or
 * a new day makes them misses. A busy search page then costs a lookup instead of a render (BENCHMARKS.md).
 *
 * Stale while revalidating (`maxStaleMs`): while staff save, the data version moves several times a
 * second, and without this every reader would wait for a full render of every page (seconds for the
 * heaviest at a million questions). Instead, a page stored before the change is served at once (marked
 * `stale`) while one render in the background replaces it; a copy is never served more than
 * `maxStaleMs` after it was first found out of date, so readers not signed in see a change within
 * seconds. Signed-in staff never come through the cache and see their change at once.
 */
export interface PageCacheOptions {
  /** What the pages depend on besides the address: the data version and the London date. */
  stamp: () => string;
  /** Memory for all entries (bytes). */
  maxBytes: number;
  /** Larger responses are served but not kept (bytes). */
  maxEntryBytes: number;
  /**
   * A fresh CSP nonce for each replay (lib/http/nonce-replay.ts). Pages are then stored uncompressed
   * with their nonce cut out, so the cache must sit inside the compression, not outside it.
   */
  freshNonce?: () => string;
  /** How long an out-of-date page may still be served while a fresh one renders (0: never). */
  maxStaleMs?: number;
  /**
   * A request and response with no client behind them, copying the reader's address and headers, for
   * rendering a page in the background (Next's own mocks, in scripts/serve.ts).
   */
  backgroundRequest?: (req: IncomingMessage) => { req: IncomingMessage; res: ServerResponse };
  /**
   * Has another process render a page for the background instead (scripts/serve.ts's renderer, at a
   * lower priority): this process then stays free for readers however long the render takes.
   * Takes precedence over `backgroundRequest`; a failure or null leaves the stale copy in place. A page
   * out of date for longer than `maxStaleMs` is asked for `urgent`ly (first in line) and its reader waits.
   */
  renderElsewhere?: (request: BackgroundRequest, urgent?: boolean) => Promise<CapturedResponse | null>;
  /**
   * The most of a process's time background renders may take (0-1, default 1/3). Renders run one at a
   * time, oldest-stale page first; after one that took d ms the next waits d × (1/share − 1) ms.
   * Rendering and better-sqlite3's queries are synchronous, so a reader who arrives during a render
   * waits for its current step: while staff save several times a second every page goes out of date
   * at once, and unlimited background renders kept each process busy nearly all the time (readers'
   * p99 0.7-1 s in bench:write). A page waiting its turn is still served stale, up to `maxStaleMs`.
   */
  backgroundShare?: number;
  /**
   * Say on each answer whether the cache served it (`x-answerable-cache: hit|stale|miss`). Off unless
   * asked for (DIAGNOSTIC_HEADERS=1 in scripts/serve.ts): a `hit` tells anyone that someone else
   * recently opened that exact address, such as a search they ran.
   */
  diagnosticHeader?: boolean;
}

/** What a background render copies from the reader's request: the address and the headers. */
export interface BackgroundRequest {
  url: string;
  method: string;
  headers: IncomingHttpHeaders;
}

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface PageCache {
  handle(req: IncomingMessage, res: ServerResponse, next: NextHandler): Promise<void>;
  readonly size: number;
}

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  /** The body, cut where its nonce was (one piece when it had none). */
  parts: Buffer[];
  /** The nonce the stored copy was rendered with: each replay gets a fresh one in its place. */
  nonce: string | null;
  size: number;
  stamp: string;
  /** When a request first found this copy out of date (ms since the epoch). */
  staleSince?: number;
}

/** The response header that says whether the cache served the request (hit), stored it (miss) or was not used. */
export const CACHE_HEADER = 'x-answerable-cache';

// Next answers the same address differently for its client router (RSC payloads, prefetches, the
// router state) and compresses by Accept-Encoding: each combination is its own entry.
// Host too: without PUBLIC_URL, feeds write absolute links from the address the request came to, so a
// feed stored for one host name must not be replayed to a reader who used another.
const VARYING_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'accept-encoding', 'host'];
// Pages, their RSC payloads, and Atom/RSS feeds (feed readers poll them: the same exactness applies, a
// feed depends only on its address, the database and the date).
const CACHEABLE_TYPE = /^(text\/html|text\/x-component|application\/atom\+xml|application\/rss\+xml)\b/i;
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', CACHE_HEADER]);

const headerText = (value: IncomingHttpHeaders[string]) => (Array.isArray(value) ? value.join(',') : (value ?? ''));

/**
 * The cache key for a request, or null when the request must always reach Next: anything but
 * GET/HEAD, server actions, Next's own assets, range requests, and requests carrying credentials
 * (cookies, Authorization), so that a future sign-in can never be served someone else's page.
 */
export function pageCacheKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '/';
  // The JSON API answers with its own validators (ETag, Last-Modified) and is never stored; keeping it
  // out also stops identical API requests queueing behind each other's render (see `inflight`).
  if (url.startsWith('/_next/') || url === '/api/v1' || url.startsWith('/api/v1/') || url.startsWith('/api/v1?')) return null;
  // Downloads are never kept either, and a second identical export would wait for the first to end
  // (`inflight`), out of sight of fair sharing's limits (lib/http/fair-share.ts).
  if (url.startsWith('/questions/export.')) return null;
  const h = req.headers;
  if (h.cookie || h.authorization || h['next-action'] || h.range) return null;
  return [url, ...VARYING_HEADERS.map((name) => headerText(h[name]))].join('\n');
}

function isCacheable(status: number, headers: OutgoingHttpHeaders): boolean {
  const type = headerText(headers['content-type'] as IncomingHttpHeaders[string]);
  return status === 200 && CACHEABLE_TYPE.test(type) && headers['set-cookie'] === undefined;
}

/** What a background render copies from a reader's request (address and headers), not the request itself. */
const backgroundCopy = (req: IncomingMessage): BackgroundRequest => ({ url: req.url ?? '/', method: 'GET', headers: { ...req.headers } });

/** Whether a response whose head is going out may be kept (its status is in the `:status` pseudo-header). */
const cacheableHead = (headers: OutgoingHttpHeaders) => isCacheable(Number(headers[':status']), headers);

function toEntry(response: CapturedResponse, stamp: string, freshNonce: PageCacheOptions['freshNonce']): Entry | null {
  const nonce = freshNonce ? responseNonce(response.headers) : null;
  // A body the app encoded itself cannot be searched for its nonce: rendering it again is safer.
  if (nonce && response.headers['content-encoding'] !== undefined) return null;
  const parts = nonce ? splitAtNonce(response.body, nonce) : [response.body];
  return { status: response.status, headers: response.headers, parts, nonce, size: response.body.length, stamp };
}

function replay(res: ServerResponse, entry: Entry, withBody: boolean, options: PageCacheOptions, how: 'hit' | 'stale' = 'hit'): void {
  const freshNonce = options.freshNonce;
  const nonce = entry.nonce && freshNonce ? freshNonce() : null;
  const body = nonce ? joinWithNonce(entry.parts, nonce) : entry.parts[0]!;
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(nonce ? headersWithNonce(entry.headers, entry.nonce!, nonce) : entry.headers)) {
    if (!NOT_REPLAYED.has(name) && value !== undefined) headers[name] = value;
  }
  headers['content-length'] = body.length;
  if (options.diagnosticHeader) headers[CACHE_HEADER] = how;
  res.writeHead(entry.status, headers);
  res.end(withBody ? body : undefined);
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry, key) => entry.size + key.length + 1024,
  });
  // Concurrent requests for a page being rendered wait for that render instead of repeating it.
  // `urgent`: a reader waits for this render (a page past the stale time, asked of the renderer first in line).
  const inflight = new Map<string, { stamp: string; done: Promise<Entry | null>; urgent?: boolean }>();

  /** Starts capturing what `next` writes to `res` as the entry for `key` at `stamp`. */
  function store(key: string, stamp: string, res: ServerResponse): void {
    keep(key, stamp, captureResponse(res, options.maxEntryBytes, cacheableHead));
  }

  /** Keeps a response, once it is complete, as the entry for `key` at `stamp` (if it may be kept). */
  function keep(key: string, stamp: string, captured: Promise<CapturedResponse | null>, urgent = false): void {
    const done = captured.then((response) =>
      response && isCacheable(response.status, response.headers) ? toEntry(response, stamp, options.freshNonce) : null,
    );
    inflight.set(key, { stamp, done, urgent });
    void done.then((entry) => {
      // A render started later for the same page (a newer state of the database) wins.
      if (inflight.get(key)?.done !== done) return;
      inflight.delete(key);
      if (entry && entry.size <= options.maxEntryBytes) entries.set(key, entry);
    });
  }

  // Pages found out of date, waiting for their background render, in the order they were found.
  const queue = new Map<string, { copy: BackgroundRequest; render: NextHandler }>();
  const share = Math.min(1, Math.max(0.01, options.backgroundShare ?? 1 / 3));
  let rendering = false;
  let notBefore = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Starts the next queued background render when none is running and the time share allows it. */
  function pump(): void {
    const elsewhere = options.renderElsewhere;
    while ((elsewhere || !rendering) && queue.size > 0) {
      const wait = elsewhere ? 0 : notBefore - Date.now();
      if (wait > 0) {
        timer ??= setTimeout(() => {
          timer = null;
          pump();
        }, wait);
        timer.unref?.();
        return;
      }
      const [key, item] = queue.entries().next().value!;
      queue.delete(key);
      // Read the stamp now: the render gives the page as it is when it starts.
      const stamp = options.stamp();
      if (entries.get(key)?.stamp === stamp || inflight.get(key)?.stamp === stamp) continue;
      if (elsewhere) {
        // The other process queues and renders one page at a time for every server process.
        keep(key, stamp, elsewhere(item.copy).catch(() => null));
        continue;
      }
      const background = options.backgroundRequest!(item.copy as IncomingMessage);
      const started = Date.now();
      rendering = true;
      keep(key, stamp, captureRender(item.render, background.req, background.res, options.maxEntryBytes, cacheableHead));
      void inflight
        .get(key)!
        .done.catch(() => null)
        .finally(() => {
          rendering = false;
          notBefore = Date.now() + (Date.now() - started) * (1 / share - 1);
          pump();
        });
    }
  }

  /**
   * Whether an out-of-date copy may answer this request: within maxStaleMs of being found out of date,
   * with a fresh render queued or under way for it.
   */
  function serveStale(key: string, cached: Entry, stamp: string, req: IncomingMessage, render: NextHandler): boolean {
    const maxStaleMs = options.maxStaleMs ?? 0;
    if (maxStaleMs <= 0 || !(options.backgroundRequest || options.renderElsewhere)) return false;
    const now = Date.now();
    cached.staleSince ??= now;
    if (now - cached.staleSince > maxStaleMs) return false;
    if (inflight.get(key)?.stamp !== stamp && !queue.has(key)) {
      queue.set(key, { copy: backgroundCopy(req), render });
      pump();
    }
    return true;
  }

  return {
    get size() {
      return entries.size;
    },
    async handle(req, res, next) {
      const key = pageCacheKey(req);
      if (key === null) return next(req, res);
      const stamp = options.stamp();
      const cached = entries.get(key);
      if (cached && cached.stamp === stamp) return replay(res, cached, req.method === 'GET', options);
      if (cached && serveStale(key, cached, stamp, req, next)) return replay(res, cached, req.method === 'GET', options, 'stale');
      const current = inflight.get(key);
      if (cached && options.renderElsewhere && !(current?.stamp === stamp && current.urgent)) {
        // Too long out of date to serve: this reader waits for a fresh copy, first in the renderer's
        // queue, rather than this process rendering it and every other reader here waiting too. (A
        // background render already asked for may still be far down the queue: this one goes first.)
        queue.delete(key);
        keep(key, stamp, options.renderElsewhere(backgroundCopy(req), true).catch(() => null), true);
      }

      const pending = inflight.get(key);
      if (pending && pending.stamp === stamp) {
        const entry = await pending.done;
        if (entry) return replay(res, entry, req.method === 'GET', options);
      }
      if (req.method !== 'GET') return next(req, res);

      // The stamp was read before rendering: a commit during the render makes this copy a miss later.
      store(key, stamp, res);
      if (options.diagnosticHeader) res.setHeader(CACHE_HEADER, 'miss');
      await next(req, res);
    },
  };
}
