import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageDb, listen, type PageDb } from '@/test/page-db';
import { captureRender } from './capture-response';
import { CACHE_HEADER, createPageCache, type PageCache } from './page-cache';

// Stale while revalidating, on a real HTTP server and a real SQLite file (test/page-db.ts): the "app"
// renders a row of the database; a second connection plays the staff member committing a change.
let db: PageDb;
let site: { base: string; close(): Promise<void> } | null;
let base: string;
let cache: PageCache;
/** Every render: its address, whether it ran in the background, and when it started and ended. */
let renders: { url: string; background: boolean; start: number; end: number }[];
/** How long a background render takes (ms). */
let backgroundMs: number;

const isBackground = (res: ServerResponse) => !('socket' in res) || !res.socket;

async function app(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const record = { url: req.url ?? '/', background: isBackground(res), start: Date.now(), end: 0 };
  renders.push(record);
  const heading = db.heading();
  if (record.background) await new Promise((resolve) => setTimeout(resolve, backgroundMs));
  record.end = Date.now();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<p>${heading} ${req.url}</p>`);
}

/** A request and response with no client behind them, as scripts/serve.ts makes with Next's mocks. */
function backgroundRequest(req: IncomingMessage) {
  const fake = Object.assign(new EventEmitter(), { url: req.url, method: 'GET', headers: { ...req.headers } }) as unknown as IncomingMessage;
  const chunks: Buffer[] = [];
  const res = {
    statusCode: 200,
    headers: {} as Record<string, unknown>,
    setHeader(name: string, value: unknown) { this.headers[name.toLowerCase()] = value; return this; },
    getHeaders() { return this.headers; },
    writeHead(status: number, headers: Record<string, unknown> = {}) { this.statusCode = status; for (const [k, v] of Object.entries(headers)) this.headers[k.toLowerCase()] = v; return this; },
    write(chunk: unknown) { chunks.push(Buffer.from(chunk as string)); return true; },
    end(chunk?: unknown) { if (chunk) chunks.push(Buffer.from(chunk as string)); (this as unknown as { emit: (e: string) => void }).emit('finish'); return this; },
  };
  return { req: fake, res: Object.assign(new EventEmitter(), res) as unknown as ServerResponse };
}

async function start(options: Partial<Parameters<typeof createPageCache>[0]>) {
  cache = createPageCache({ stamp: () => `${db.version.current()}`, maxBytes: 64 * 1024, maxEntryBytes: 10_000, backgroundRequest, diagnosticHeader: true, ...options });
  site = await listen((req, res) => void cache.handle(req, res, app));
  base = site.base;
}

beforeEach(() => {
  db = createPageDb();
  site = null;
  renders = [];
  backgroundMs = 0;
});

afterEach(async () => {
  await site?.close();
  db.close();
});

const get = async (p: string) => {
  const response = await fetch(base + p);
  return { status: response.status, cache: response.headers.get(CACHE_HEADER), text: await response.text() };
};
const commit = (heading: string) => db.commit(heading);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backgroundRenders = () => renders.filter((r) => r.background);

describe('stale while revalidating', () => {
  it('answers at once with the page as it was while one render in the background replaces it', async () => {
    await start({ maxStaleMs: 10_000 });
    await get('/questions');
    commit('E5 meeting');
    expect(await get('/questions')).toMatchObject({ status: 200, cache: 'stale', text: '<p>Paris bilateral /questions</p>' });
    await sleep(20);
    expect(backgroundRenders()).toHaveLength(1);
    expect(await get('/questions')).toMatchObject({ cache: 'hit', text: '<p>E5 meeting /questions</p>' });
    expect(renders).toHaveLength(2);
  });

  it('never serves a copy longer than the stale time after it was found out of date', async () => {
    backgroundMs = 200; // slower than the stale time: readers then wait for a render rather than get the old copy
    await start({ maxStaleMs: 50 });
    await get('/questions');
    commit('E5 meeting');
    expect((await get('/questions')).cache).toBe('stale');
    await sleep(80);
    const after = await get('/questions');
    expect(after.text).toBe('<p>E5 meeting /questions</p>');
    expect(after.cache).not.toBe('stale');
  });

  it('renders out-of-date pages one at a time, the first found first, within its share of the time', async () => {
    backgroundMs = 60;
    await start({ maxStaleMs: 10_000, backgroundShare: 0.5 });
    for (const p of ['/a', '/b', '/c']) await get(p);
    commit('E5 meeting');
    // All three are found out of date at once: each reader gets the old copy without waiting.
    for (const p of ['/a', '/b', '/c', '/b']) expect(await get(p)).toMatchObject({ cache: 'stale', text: `<p>Paris bilateral ${p}</p>` });
    await sleep(600);
    const done = backgroundRenders();
    expect(done.map((r) => r.url)).toEqual(['/a', '/b', '/c']);
    for (let i = 1; i < done.length; i++) {
      // Never two at once, and after a render of ~60 ms the next waits ~60 ms (half the time at most).
      expect(done[i]!.start).toBeGreaterThanOrEqual(done[i - 1]!.end + 50);
    }
    for (const p of ['/a', '/b', '/c']) expect(await get(p)).toMatchObject({ cache: 'hit', text: `<p>E5 meeting ${p}</p>` });
  });

  it('renders a queued page as the database is when its turn comes, once', async () => {
    backgroundMs = 40;
    await start({ maxStaleMs: 10_000, backgroundShare: 0.5 });
    await get('/a');
    await get('/b');
    commit('E5 meeting');
    await get('/a');
    await get('/b');
    commit('Paris bilateral, corrected'); // while /a renders and /b waits
    await sleep(300);
    expect(await get('/b')).toMatchObject({ cache: 'hit', text: '<p>Paris bilateral, corrected /b</p>' });
    expect(backgroundRenders().filter((r) => r.url === '/b')).toHaveLength(1);
  });

  describe('with another process rendering', () => {
    /** Plays the renderer process: renders with the app on a request of its own, and says what it was asked. */
    let asked: { url: string; urgent: boolean }[];
    let renderer: 'up' | 'down' | 'busy';
    const renderElsewhere = async (request: { url: string; headers: IncomingMessage['headers'] }, urgent = false) => {
      asked.push({ url: request.url, urgent });
      if (renderer === 'down') return null;
      // A long queue: background requests wait their turn; an urgent one goes first.
      if (renderer === 'busy' && !urgent) await sleep(2_000);
      const { req, res } = backgroundRequest(request as IncomingMessage);
      return captureRender(app, req, res, 10_000);
    };
    beforeEach(() => {
      asked = [];
      renderer = 'up';
    });

    it('hands out-of-date pages to it and renders none itself', async () => {
      await start({ maxStaleMs: 10_000, renderElsewhere });
      await get('/a');
      commit('E5 meeting');
      expect(await get('/a')).toMatchObject({ cache: 'stale', text: '<p>Paris bilateral /a</p>' });
      await expect.poll(async () => (await get('/a')).text).toBe('<p>E5 meeting /a</p>');
      expect(asked).toEqual([{ url: '/a', urgent: false }]);
      expect(renders.filter((r) => !r.background)).toHaveLength(1); // only the first, a miss
    });

    it('past the stale time, the reader waits for it (first in line) instead of this process rendering', async () => {
      backgroundMs = 100;
      await start({ maxStaleMs: 30, renderElsewhere });
      await get('/a');
      commit('E5 meeting');
      renderer = 'down'; // the background render comes to nothing: the copy grows too old
      expect((await get('/a')).cache).toBe('stale');
      await sleep(50);
      renderer = 'up';
      expect(await get('/a')).toMatchObject({ text: '<p>E5 meeting /a</p>' });
      expect(asked.at(-1)).toEqual({ url: '/a', urgent: true });
      expect(renders.filter((r) => !r.background)).toHaveLength(1);
    });

    it('past the stale time, a reader does not wait behind the background request still queued', async () => {
      await start({ maxStaleMs: 30, renderElsewhere });
      await get('/a');
      commit('E5 meeting');
      renderer = 'busy';
      expect((await get('/a')).cache).toBe('stale');
      await sleep(50);
      const started = Date.now();
      expect(await get('/a')).toMatchObject({ text: '<p>E5 meeting /a</p>' });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(asked).toEqual([
        { url: '/a', urgent: false },
        { url: '/a', urgent: true },
      ]);
    });

    it('renders the page itself when the renderer cannot', async () => {
      await start({ maxStaleMs: 30, renderElsewhere });
      await get('/a');
      commit('E5 meeting');
      renderer = 'down';
      expect((await get('/a')).cache).toBe('stale');
      await sleep(50);
      expect(await get('/a')).toMatchObject({ cache: 'miss', text: '<p>E5 meeting /a</p>' });
      expect(renders.filter((r) => !r.background)).toHaveLength(2);
    });
  });

  it('is off by default: a change is a miss at once', async () => {
    await start({});
    await get('/questions');
    commit('E5 meeting');
    expect(await get('/questions')).toMatchObject({ cache: 'miss', text: '<p>E5 meeting /questions</p>' });
  });
});
