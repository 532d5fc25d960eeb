import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { captureResponse, type CapturedResponse } from './capture-response';
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
  /** Renders allowed in the background at once, per process (default 1: readers' own renders come first). */
  maxBackgroundRenders?: number;
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
  if (url.startsWith('/_next/')) return null;
  const h = req.headers;
  if (h.cookie || h.authorization || h['next-action'] || h.range) return null;
  return [url, ...VARYING_HEADERS.map((name) => headerText(h[name]))].join('\n');
}

function isCacheable(status: number, headers: OutgoingHttpHeaders): boolean {
  const type = headerText(headers['content-type'] as IncomingHttpHeaders[string]);
  return status === 200 && CACHEABLE_TYPE.test(type) && headers['set-cookie'] === undefined;
}

function toEntry(response: CapturedResponse, stamp: string, freshNonce: PageCacheOptions['freshNonce']): Entry | null {
  const nonce = freshNonce ? responseNonce(response.headers) : null;
  // A body the app encoded itself cannot be searched for its nonce: rendering it again is safer.
  if (nonce && response.headers['content-encoding'] !== undefined) return null;
  const parts = nonce ? splitAtNonce(response.body, nonce) : [response.body];
  return { status: response.status, headers: response.headers, parts, nonce, size: response.body.length, stamp };
}

function replay(res: ServerResponse, entry: Entry, withBody: boolean, freshNonce: PageCacheOptions['freshNonce'], how: 'hit' | 'stale' = 'hit'): void {
  const nonce = entry.nonce && freshNonce ? freshNonce() : null;
  const body = nonce ? joinWithNonce(entry.parts, nonce) : entry.parts[0]!;
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(nonce ? headersWithNonce(entry.headers, entry.nonce!, nonce) : entry.headers)) {
    if (!NOT_REPLAYED.has(name) && value !== undefined) headers[name] = value;
  }
  headers['content-length'] = body.length;
  headers[CACHE_HEADER] = how;
  res.writeHead(entry.status, headers);
  res.end(withBody ? body : undefined);
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry, key) => entry.size + key.length + 1024,
  });
  // Concurrent requests for a page being rendered wait for that render instead of repeating it.
  const inflight = new Map<string, { stamp: string; done: Promise<Entry | null> }>();
  let backgroundRenders = 0;

  /** Starts capturing what `next` writes to `res` as the entry for `key` at `stamp`. */
  function store(key: string, stamp: string, res: ServerResponse): void {
    const done = captureResponse(res, options.maxEntryBytes, (headers) => isCacheable(Number(headers[':status']), headers)).then((response) =>
      response && isCacheable(response.status, response.headers) ? toEntry(response, stamp, options.freshNonce) : null,
    );
    inflight.set(key, { stamp, done });
    void done.then((entry) => {
      if (inflight.get(key)?.done === done) inflight.delete(key);
      if (entry && entry.size <= options.maxEntryBytes) entries.set(key, entry);
    });
  }

  /**
   * Whether an out-of-date copy may answer this request: within maxStaleMs of being found out of date,
   * with a fresh render under way for it (started here, in the background, when none is).
   */
  function serveStale(key: string, cached: Entry, stamp: string, req: IncomingMessage, render: NextHandler): boolean {
    const maxStaleMs = options.maxStaleMs ?? 0;
    if (maxStaleMs <= 0 || !options.backgroundRequest) return false;
    const now = Date.now();
    cached.staleSince ??= now;
    if (now - cached.staleSince > maxStaleMs) return false;
    if (inflight.get(key)?.stamp !== stamp && backgroundRenders < (options.maxBackgroundRenders ?? 1)) {
      const background = options.backgroundRequest(req);
      backgroundRenders++;
      store(key, stamp, background.res);
      void (inflight.get(key)?.done ?? Promise.resolve())
        .catch(() => null)
        .finally(() => backgroundRenders--);
      void render(background.req, background.res).catch(() => undefined);
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
      if (cached && cached.stamp === stamp) return replay(res, cached, req.method === 'GET', options.freshNonce);
      if (cached && serveStale(key, cached, stamp, req, next)) return replay(res, cached, req.method === 'GET', options.freshNonce, 'stale');

      const pending = inflight.get(key);
      if (pending && pending.stamp === stamp) {
        const entry = await pending.done;
        if (entry) return replay(res, entry, req.method === 'GET', options.freshNonce);
      }
      if (req.method !== 'GET') return next(req, res);

      // The stamp was read before rendering: a commit during the render makes this copy a miss later.
      store(key, stamp, res);
      res.setHeader(CACHE_HEADER, 'miss');
      await next(req, res);
    },
  };
}
