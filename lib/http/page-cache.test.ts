import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageDb, listen, type PageDb } from '@/test/page-db';
import { CACHE_HEADER, createPageCache, pageCacheKey, type PageCache } from './page-cache';
import { contentSecurityPolicy, createNonce, nonceOf } from './security-headers';

// A real HTTP server and a real SQLite file (test/page-db.ts): the "app" renders a row of the database,
// a second connection plays the staff member (or another server process) committing a change.
let db: PageDb;
let site: { base: string; close(): Promise<void> };
let base: string;
let renders: number;
let day: number;
let cache: PageCache;
let app: (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function render(req: IncomingMessage, res: ServerResponse): Promise<void> {
  renders++;
  const url = new URL(req.url ?? '/', 'http://x');
  const heading = db.heading();
  const body = `<p>${heading} ${url.searchParams.get('q') ?? ''}</p>`;
  switch (url.pathname) {
    case '/missing':
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>not found</p>');
      break;
    case '/cookie':
      res.setHeader('Set-Cookie', 'a=b');
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(body);
      break;
    case '/questions/feed.atom':
      res.writeHead(200, { 'Content-Type': 'application/atom+xml; charset=utf-8' }).end(`<feed><title>${heading}</title></feed>`);
      break;
    case '/export.csv':
      res.writeHead(200, { 'Content-Type': 'text/csv' }).end('a,b\n');
      break;
    case '/big':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('x'.repeat(6000));
      res.end('y'.repeat(6000));
      break;
    case '/streamed':
      // Headers set progressively and the body in pieces, the way Next streams a page.
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.statusCode = 200;
      res.write('<html>');
      res.write(Buffer.from(body));
      return new Promise((resolve) => setTimeout(() => (res.end('</html>'), resolve()), 30));
    case '/gzip':
      if (String(req.headers['accept-encoding'] ?? '').includes('gzip')) {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }).end(gzipSync(body));
      } else res.writeHead(200, { 'Content-Type': 'text/html', Vary: 'Accept-Encoding' }).end(body);
      break;
    default:
      res.writeHead(200, { 'Content-Type': req.headers.rsc ? 'text/x-component' : 'text/html; charset=utf-8' }).end(req.headers.rsc ? `0:${heading}` : body);
  }
  return Promise.resolve();
}

beforeEach(async () => {
  db = createPageDb();
  renders = 0;
  day = 1;
  cache = createPageCache({ stamp: () => `${db.version.current()}|${day}`, maxBytes: 64 * 1024, maxEntryBytes: 10_000, diagnosticHeader: true });
  app = render;
  site = await listen((req, res) => void cache.handle(req, res, (q, s) => app(q, s)));
  base = site.base;
});

afterEach(async () => {
  await site.close();
  db.close();
});

const get = async (p: string, headers: Record<string, string> = {}, method = 'GET') => {
  const response = await fetch(base + p, { method, headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, cache: response.headers.get(CACHE_HEADER), type: response.headers.get('content-type'), body, text: body.toString() };
};

describe('the page cache', () => {
  it('serves a repeated page from memory, byte for byte, without rendering it again', async () => {
    const first = await get('/questions?q=e5');
    const second = await get('/questions?q=e5');
    expect(first).toMatchObject({ status: 200, cache: 'miss', text: '<p>Paris bilateral e5</p>' });
    expect(second).toMatchObject({ status: 200, cache: 'hit', text: first.text, type: first.type });
    expect(renders).toBe(1);
    expect(await get('/questions?q=paris')).toMatchObject({ cache: 'miss', text: '<p>Paris bilateral paris</p>' });
  });

  it('says nothing about hits and misses unless asked to: a hit would tell anyone what someone else opened', async () => {
    cache = createPageCache({ stamp: () => `${db.version.current()}|${day}`, maxBytes: 64 * 1024, maxEntryBytes: 10_000 });
    const first = await get('/questions?q=private+search');
    const second = await get('/questions?q=private+search');
    expect(renders).toBe(1); // the second answer did come from the cache
    expect([first.cache, second.cache]).toEqual([null, null]);
    expect(second.text).toBe(first.text);
  });

  it('keeps Atom and RSS feeds too, until the database changes', async () => {
    expect(await get('/questions/feed.atom')).toMatchObject({ cache: 'miss', type: 'application/atom+xml; charset=utf-8' });
    expect(await get('/questions/feed.atom')).toMatchObject({ cache: 'hit', text: '<feed><title>Paris bilateral</title></feed>' });
    db.commit('Answered');
    expect(await get('/questions/feed.atom')).toMatchObject({ cache: 'miss', text: '<feed><title>Answered</title></feed>' });
  });

  it('shows a change as soon as another connection commits it', async () => {
    await get('/questions');
    expect((await get('/questions')).cache).toBe('hit');
    db.commit('E5 meeting');
    const after = await get('/questions');
    expect(after).toMatchObject({ cache: 'miss', text: '<p>E5 meeting </p>' });
    expect((await get('/questions')).text).toBe('<p>E5 meeting </p>');
  });

  it('starts afresh when the date changes (overdue questions depend on today)', async () => {
    await get('/overdue');
    day = 2;
    expect((await get('/overdue')).cache).toBe('miss');
    expect(renders).toBe(2);
  });

  it("keeps Next's client-router payloads and each compression apart from the HTML page", async () => {
    const html = await get('/questions');
    const rsc = await get('/questions', { rsc: '1' });
    expect(rsc).toMatchObject({ cache: 'miss', type: 'text/x-component', text: '0:Paris bilateral' });
    expect((await get('/questions', { rsc: '1' })).text).toBe(rsc.text);
    expect((await get('/questions')).text).toBe(html.text);

    const plain = await get('/gzip', { 'accept-encoding': 'identity' });
    const zipped = await fetch(base + '/gzip', { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get(CACHE_HEADER)).toBe('miss');
    const again = await fetch(base + '/gzip', { headers: { 'accept-encoding': 'gzip' } });
    expect(again.headers.get(CACHE_HEADER)).toBe('hit');
    expect(again.headers.get('content-encoding')).toBe('gzip');
    // fetch unzips: the cached gzip bytes are the same page as the plain one.
    expect(await again.text()).toBe(plain.text);
    expect(gunzipSync(gzipSync(plain.body)).toString()).toBe(plain.text);
  });

  it('captures a page written in pieces, headers set progressively', async () => {
    const first = await get('/streamed');
    const second = await get('/streamed');
    expect(second).toMatchObject({ cache: 'hit', text: '<html><p>Paris bilateral </p></html>', type: 'text/html; charset=utf-8' });
    expect(second.text).toBe(first.text);
  });

  it('never keeps errors, cookies, downloads, oversized pages or anything but GET', async () => {
    for (const p of ['/missing', '/cookie', '/export.csv', '/big']) {
      const first = await get(p);
      const second = await get(p);
      expect(second.cache, p).toBe('miss');
      expect(second.body.length, p).toBe(first.body.length);
    }
    expect((await get('/big')).text).toBe('x'.repeat(6000) + 'y'.repeat(6000));
    await get('/questions', {}, 'POST');
    expect((await get('/questions', {}, 'POST')).cache).toBeNull();
  });

  it('answers HEAD from a stored page without a body', async () => {
    await get('/questions');
    const head = await fetch(base + '/questions', { method: 'HEAD' });
    expect(head.headers.get(CACHE_HEADER)).toBe('hit');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('<p>Paris bilateral </p>')));
    expect(await head.text()).toBe('');
  });

  it('renders a page once for concurrent requests that arrive while it renders', async () => {
    app = (req, res) => new Promise((resolve) => setTimeout(() => resolve(render(req, res)), 50));
    const answers = await Promise.all(Array.from({ length: 6 }, () => get('/questions?q=joint')));
    expect(renders).toBe(1);
    expect(new Set(answers.map((a) => a.text))).toEqual(new Set(['<p>Paris bilateral joint</p>']));
    expect(answers.filter((a) => a.cache === 'hit')).toHaveLength(5);
  });

  it('forgets the least recently used pages when its memory is full', async () => {
    app = (req, res) => {
      renders++;
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('z'.repeat(9000));
      return Promise.resolve();
    };
    for (let i = 0; i < 12; i++) await get(`/page/${i}`);
    expect(cache.size).toBeLessThan(12);
    expect((await get('/page/11')).cache).toBe('hit');
    expect((await get('/page/0')).cache).toBe('miss');
  });
});

describe('the page cache with CSP nonces', () => {
  // The app renders with a nonce of its own, as Next does with proxy.ts's.
  const noncedApp = (req: IncomingMessage, res: ServerResponse) => {
    renders++;
    const nonce = createNonce();
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, { https: false, dev: false }));
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<script nonce="${nonce}">go()</script><p>${req.url}</p><script nonce="${nonce}" src="/a.js"></script>`);
    return Promise.resolve();
  };

  it('gives every replay a fresh nonce, the same in the header and in every script', async () => {
    // The server reads `cache` and `app` on each request: this test swaps in a cache that replays nonces.
    cache = createPageCache({ stamp: () => `${db.version.current()}|${day}`, maxBytes: 64 * 1024, maxEntryBytes: 10_000, freshNonce: createNonce, diagnosticHeader: true });
    app = noncedApp;

    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await fetch(base + '/questions?q=e5');
      const body = await response.text();
      const nonce = nonceOf(response.headers.get('content-security-policy') ?? '');
      expect(nonce).toBeTruthy();
      expect(response.headers.get(CACHE_HEADER)).toBe(i === 0 ? 'miss' : 'hit');
      expect([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1])).toEqual([nonce, nonce]);
      expect(body).toContain('<p>/questions?q=e5</p>');
      if (i > 0) expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));
      seen.add(nonce!);
    }
    expect(seen.size).toBe(3);
    expect(renders).toBe(1);
  });
});

describe('pageCacheKey', () => {
  const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });

  it('leaves out what must always reach the app', () => {
    expect(pageCacheKey(req('POST', '/questions'))).toBeNull();
    expect(pageCacheKey(req('GET', '/questions', { 'next-action': 'abc' }))).toBeNull();
    expect(pageCacheKey(req('GET', '/questions', { cookie: 'session=1' }))).toBeNull();
    expect(pageCacheKey(req('GET', '/questions', { authorization: 'Bearer x' }))).toBeNull();
    expect(pageCacheKey(req('GET', '/questions', { range: 'bytes=0-10' }))).toBeNull();
    expect(pageCacheKey(req('GET', '/_next/static/chunks/app.js'))).toBeNull();
    expect(pageCacheKey(req('GET', '/api/v1/questions?q=drones'))).toBeNull();
    // Downloads: two clients exporting the same view at once must not queue one behind the other.
    expect(pageCacheKey(req('GET', '/questions/export.csv?q=drones'))).toBeNull();
    expect(pageCacheKey(req('GET', '/questions/export.json'))).toBeNull();
    expect(pageCacheKey(req('GET', '/api/docs'))).not.toBeNull();
  });

  it('gives GET and HEAD of the same page the same key, and different router headers different keys', () => {
    expect(pageCacheKey(req('HEAD', '/questions?q=e5'))).toBe(pageCacheKey(req('GET', '/questions?q=e5')));
    expect(pageCacheKey(req('GET', '/questions', { rsc: '1' }))).not.toBe(pageCacheKey(req('GET', '/questions')));
    expect(pageCacheKey(req('GET', '/questions', { rsc: '1', 'next-router-state-tree': 'a' }))).not.toBe(
      pageCacheKey(req('GET', '/questions', { rsc: '1', 'next-router-state-tree': 'b' })),
    );
  });
});
