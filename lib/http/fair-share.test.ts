import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listen } from '@/test/page-db';
import { sendBusy } from './busy-response';
import { setClientIpHeader } from './client-ip';
import { costlyWork, createFairShare, limiterGauge, sharedLimiter, type FairShare } from './fair-share';
import { readFairSettings } from './fair-settings';

/**
 * Fair sharing on a real HTTP server on 127.0.0.1, in one process (the memory limiter a server serving
 * alone uses; fair-share-cluster.test.ts runs the cluster's shared limiter across processes). The app
 * behind the gate holds each response open until the test lets it finish, like a long render or export.
 */
let site: { base: string; close(): Promise<void> } | null = null;
let fair: FairShare;
let rendered: string[];
const open = new Map<string, () => void>();

async function start(env: Record<string, string>) {
  fair = createFairShare(readFairSettings(env), sharedLimiter);
  rendered = [];
  site = await listen((req: IncomingMessage, res: ServerResponse) => {
    setClientIpHeader(req, true); // each test client names itself in X-Forwarded-For
    const app = async (q: IncomingMessage, s: ServerResponse) => {
      const id = String(q.headers['x-test-id']);
      rendered.push(id);
      s.writeHead(200, { 'Content-Type': 'text/plain' });
      s.write('started\n');
      await new Promise<void>((resolve) => open.set(id, resolve));
      s.end('done\n');
    };
    void fair.gate(req, app, sendBusy)(req, res);
  });
}

beforeEach(() => open.clear());
afterEach(async () => {
  for (const finish of open.values()) finish();
  await site?.close();
  site = null;
});

interface Answer {
  status: number;
  retryAfter?: string;
  type?: string;
  body: string;
  request: http.ClientRequest;
}

/** Sends a request as `client` and resolves with its status once the head (and, for refusals, the body) arrives. */
function send(client: string, path: string, id: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(site!.base + path, { headers: { 'x-forwarded-for': client, 'x-test-id': id }, agent: false }, (response) => {
      const answer = { status: response.statusCode!, retryAfter: response.headers['retry-after'], type: response.headers['content-type'], body: '', request };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        answer.body += chunk;
        if (answer.status === 200) resolve(answer); // the work has started; it goes on until finished
      });
      response.on('end', () => resolve(answer));
    });
    request.on('error', reject);
  });
}

const finish = async (id: string) => {
  open.get(id)!();
  open.delete(id);
  await new Promise((resolve) => setTimeout(resolve, 30)); // the response closes, its place is given back
};

describe('costly work', () => {
  it('is exports, the API search, and results pages with a search, filters, sort or page', () => {
    expect(costlyWork('GET', '/questions/export.csv')).toBe('export');
    expect(costlyWork('HEAD', '/questions/export.json?q=x')).toBe('export');
    expect(costlyWork('GET', '/questions?q=broad*')).toBe('search');
    expect(costlyWork('GET', '/members?party=labour&_rsc=1x')).toBe('search');
    expect(costlyWork('GET', '/api/v1/questions?q=defence')).toBe('search');
    expect(costlyWork('GET', '/api/v1/questions?cursor=abc&limit=100')).toBeNull();
    for (const url of ['/', '/questions', '/questions?_rsc=abc', '/api/v1/members?q=x', '/_next/static/x.js?v=1']) expect(costlyWork('GET', url), url).toBeNull();
    expect(costlyWork('POST', '/questions?q=x')).toBeNull();
  });
});

describe('fair sharing', () => {
  it("refuses a client's search over its limit with a 429 page and Retry-After, while another client's goes ahead", async () => {
    await start({ FAIR_SEARCHES_PER_CLIENT: '2' });
    expect((await send('192.0.2.1', '/questions?q=a', 'a1')).status).toBe(200);
    expect((await send('192.0.2.1', '/questions?q=b', 'a2')).status).toBe(200);
    const third = await send('192.0.2.1', '/questions?q=c', 'a3');
    expect(third).toMatchObject({ status: 429, retryAfter: '2', type: 'text/html; charset=utf-8' });
    expect(third.body).toContain('You already have 2 searches under way');
    expect((await send('192.0.2.2', '/questions?q=c', 'b1')).status).toBe(200);
    // Pages that are not searches are never limited.
    expect((await send('192.0.2.1', '/questions', 'a-plain')).status).toBe(200);
    expect(rendered).toEqual(['a1', 'a2', 'b1', 'a-plain']);
    await finish('a1');
    expect((await send('192.0.2.1', '/questions?q=c', 'a4')).status).toBe(200);
  });

  it('answers the API in its own JSON error shape', async () => {
    await start({ FAIR_SEARCHES_PER_CLIENT: '1' });
    await send('192.0.2.1', '/api/v1/questions?q=a', 'a1');
    const refused = await send('192.0.2.1', '/api/v1/questions?q=b', 'a2');
    expect(refused).toMatchObject({ status: 429, retryAfter: '2', type: 'application/json; charset=utf-8' });
    expect(JSON.parse(refused.body)).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('You already have a search under way') } });
  });

  it('limits exports per client and across the site, in plain text, and gives a place back when its client goes away', async () => {
    await start({ FAIR_EXPORTS_PER_CLIENT: '1', FAIR_EXPORTS_SITE: '2' });
    const first = await send('192.0.2.1', '/questions/export.csv', 'a1');
    expect(first.status).toBe(200);
    const again = await send('192.0.2.1', '/questions/export.json', 'a2');
    expect(again).toMatchObject({ status: 429, retryAfter: '10', type: 'text/plain; charset=utf-8' });
    expect(again.body).toMatch(/^You already have an export under way/);
    expect((await send('192.0.2.2', '/questions/export.csv', 'b1')).status).toBe(200);
    const third = await send('192.0.2.3', '/questions/export.csv', 'c1');
    expect(third).toMatchObject({ status: 429, retryAfter: '10' });
    expect(third.body).toContain('The site is already making as many exports as it makes at once (2)');
    // The first client abandons its download: its place and the site's come back.
    first.request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await send('192.0.2.3', '/questions/export.csv', 'c2')).status).toBe(200);
    expect((await send('192.0.2.1', '/questions/export.csv', 'a3')).status).toBe(429); // the site is full again
    await finish('b1');
    expect((await send('192.0.2.1', '/questions/export.csv', 'a4')).status).toBe(200);
    expect(rendered).toEqual(['a1', 'b1', 'c2', 'a4']);
  });

  it('has no limits when they are set to 0', async () => {
    await start({ FAIR_SEARCHES_PER_CLIENT: '0', FAIR_EXPORTS_PER_CLIENT: '0', FAIR_EXPORTS_SITE: '0' });
    for (let i = 0; i < 4; i++) expect((await send('192.0.2.1', '/questions/export.csv?q=x', `e${i}`)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await send('192.0.2.1', `/questions?q=${i}`, `s${i}`)).status).toBe(200);
  });
});

describe('the gauge', () => {
  it('never counts below zero, so a place given back after its points expired lets no extra work in', async () => {
    const gauge = limiterGauge(new RateLimiterMemory({ keyPrefix: 'expiry', points: 1, duration: 1 }));
    expect(await gauge.take('a')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the hold time passes (a process died, say)
    await gauge.give('a');
    expect(await gauge.take('a')).toBe(true);
    expect(await gauge.take('a')).toBe(false);
    await gauge.give('a');
    expect(await gauge.take('a')).toBe(true);
  });
});

describe('the settings', () => {
  it('have defaults and refuse what is not a count', () => {
    expect(readFairSettings({})).toEqual({ searchesPerClient: 2, exportsPerClient: 1, exportsSite: 1, holdS: 600, diagnosticHeaders: false });
    // Exports across the site: half the server processes by default, at least one.
    expect(readFairSettings({}, { workers: 4 }).exportsSite).toBe(2);
    expect(readFairSettings({ FAIR_EXPORTS_SITE: '0' }, { workers: 4 }).exportsSite).toBe(0);
    expect(readFairSettings({ DIAGNOSTIC_HEADERS: '1', FAIR_EXPORTS_SITE: ' 5 ' })).toMatchObject({ diagnosticHeaders: true, exportsSite: 5 });
    expect(() => readFairSettings({ FAIR_SEARCHES_PER_CLIENT: 'two' })).toThrow('FAIR_SEARCHES_PER_CLIENT must be a whole number');
    expect(() => readFairSettings({ FAIR_EXPORTS_SITE: '-1' })).toThrow('FAIR_EXPORTS_SITE must be 0 (no limit) or more');
    expect(() => readFairSettings({ DIAGNOSTIC_HEADERS: 'maybe' })).toThrow('DIAGNOSTIC_HEADERS must be 1 or 0');
  });
});
