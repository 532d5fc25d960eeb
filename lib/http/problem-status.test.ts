import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompression } from './compress';
import { hasRequestProblem, requestProblemStatus, withProblemStatus } from './problem-status';

const NOTICE = '<div class="notice notice--warning" role="status" data-request-problem=""><p>Some of this address could not be used</p></div>';
const STOPPED = '<div class="notice search-error" role="alert" data-request-problem="unavailable"><p>This search took too long</p></div>';
const page = (inner: string) => `<!DOCTYPE html><html><body><h1>Written questions</h1>${inner}<table></table></body></html>`;

// Pages written the ways Next writes them: status and headers set first, the body in pieces.
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
  '/bad': async (_req, res) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.write(page('').slice(0, 30));
    await new Promise((resolve) => setTimeout(resolve, 10));
    res.end(page(NOTICE).slice(30));
  },
  '/stopped': async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(STOPPED));
  },
  '/good': async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.write(page(''));
    res.end();
  },
  // A search for the marker's own text: escaped, as React and Next write user input.
  '/search-for-marker': async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(page('<input value="&lt;div data-request-problem=&quot;&quot;&gt;"><script>self.__next_f.push([1,"\\u003cdiv data-request-problem=\\"\\"\\u003e"])</script>'));
  },
  '/rsc': async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(page(NOTICE));
  },
  '/missing': async (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/html' });
    res.end(page(NOTICE));
  },
  '/export.csv': async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/csv' });
    res.write('uin\n');
    await new Promise((resolve) => setTimeout(resolve, 10));
    res.end('DEMO-0001\n');
  },
  '/huge': async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.write('x'.repeat(3000));
    res.end(NOTICE);
  },
};

let server: Server;
let base: string;
beforeAll(async () => {
  const compress = createCompression();
  server = createServer((req, res) => {
    compress(req, res, () => void withProblemStatus(req, res, (q, s) => routes[new URL(q.url ?? '/', 'http://x').pathname]!(q, s), 2000));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(base + path, { headers });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

describe('withProblemStatus', () => {
  it('answers a page load that explains a problem with its address with 400, the page unchanged', async () => {
    expect(await get('/bad')).toEqual({ status: 400, type: 'text/html; charset=utf-8', body: page(NOTICE) });
    // Compressed or not, the status is decided on the page itself.
    expect(await get('/bad', { 'accept-encoding': 'gzip' })).toMatchObject({ status: 400, body: page(NOTICE) });
  });

  it('answers a page that declined costly work (a search stopped at its deadline) with 503', async () => {
    expect(await get('/stopped')).toEqual({ status: 503, type: 'text/html; charset=utf-8', body: page(STOPPED) });
  });

  it('leaves every other page and response as it was', async () => {
    expect(await get('/good')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: page('') });
    expect((await get('/search-for-marker')).status).toBe(200);
    expect(await get('/rsc', { rsc: '1' })).toMatchObject({ status: 200, body: page(NOTICE) });
    expect(await get('/missing')).toMatchObject({ status: 404, body: page(NOTICE) });
    expect(await get('/export.csv')).toEqual({ status: 200, type: 'text/csv', body: 'uin\nDEMO-0001\n' });
    // Past the size it holds, a page goes out as it comes.
    expect(await get('/huge')).toMatchObject({ status: 200, body: 'x'.repeat(3000) + NOTICE });
  });
});

describe('requestProblemStatus', () => {
  it('reads the status a notice asks for', () => {
    expect(requestProblemStatus(page(NOTICE))).toBe(400);
    expect(requestProblemStatus(page(STOPPED))).toBe(503);
    expect(requestProblemStatus(page(''))).toBeNull();
    expect(requestProblemStatus('<div class="x" data-request-problem="other">')).toBeNull();
    expect(requestProblemStatus('<input value="&lt;div data-request-problem=&quot;unavailable&quot;&gt;">')).toBeNull();
  });
});

describe('hasRequestProblem', () => {
  it('finds the marker on an element and nowhere else', () => {
    expect(hasRequestProblem(page(NOTICE))).toBe(true);
    expect(hasRequestProblem('<div class="notice search-error" role="alert" data-request-problem="">')).toBe(true);
    expect(hasRequestProblem(page(''))).toBe(false);
    expect(hasRequestProblem('<p>data-request-problem=""</p>')).toBe(false);
    expect(hasRequestProblem('&lt;div data-request-problem=&quot;&quot;&gt;')).toBe(false);
    expect(hasRequestProblem('"\\u003cdiv data-request-problem=\\"\\"\\u003e"')).toBe(false);
    expect(hasRequestProblem('<input name="q" value="&lt;div data-request-problem=&quot;&quot;&gt;">')).toBe(false);
    expect(hasRequestProblem('<p class="x">data-request-problem=&quot;&quot;</p>')).toBe(false);
  });
});
