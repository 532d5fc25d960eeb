import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '../http/client-ip';
import { createEdgeProxy, WAIT_FOR_WORKER_MS, type EdgeProxy } from './edge-proxy';

// The primary's proxy in front of real node:http servers on unix sockets, standing in for the serving
// processes; "dying" is a server destroying its end of the connection, as the kernel does for a
// process killed with SIGKILL.

const dir = mkdtempSync(path.join(os.tmpdir(), 'edge-proxy-test-'));
const upstreams: Server[] = [];

function upstream(name: string, routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>): Promise<{ id: number; socketPath: string }> {
  const socketPath = path.join(dir, `${name}.sock`);
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) return route(req, res);
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.writeHead(200, [['Content-Type', 'application/json'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']].flat());
      res.end(JSON.stringify({ from: name, method: req.method, url: req.url, clientIp: req.headers[CLIENT_IP_HEADER], body }));
    });
  });
  upstreams.push(server);
  return new Promise((resolve) => server.listen(socketPath, () => resolve({ id: upstreams.length, socketPath })));
}

const die = (req: IncomingMessage) => req.socket.destroy();

let proxy: EdgeProxy;
let base: string;

beforeAll(async () => {
  proxy = createEdgeProxy({ trustProxy: false, securityHeaders: () => ({ 'X-Content-Type-Options': 'nosniff' }) });
  await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
});
afterEach(() => {
  for (let id = 1; id <= upstreams.length; id++) proxy.removeUpstream(id);
});
afterAll(async () => {
  proxy.server.closeAllConnections();
  await new Promise((resolve) => proxy.server.close(resolve));
  for (const server of upstreams) {
    server.closeAllConnections();
    server.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
  ms: number;
}

/** One request on a connection of its own; rejects when the connection ends without a complete response. */
function send(p: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    // Options, not a URL: the target may be `*`.
    const req = httpRequest({ hostname, port, path: p, method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, ms: Date.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('forwarding', () => {
  it('passes the request and the response through, with the client address set by the proxy, not the client', async () => {
    proxy.addUpstream(await upstream('plain', {}));
    const answer = await send('/questions?q=x', { method: 'POST', body: 'title=Paris', headers: { [CLIENT_IP_HEADER]: '6.6.6.6', 'X-Forwarded-For': '7.7.7.7' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(JSON.parse(answer.body)).toEqual({ from: 'plain', method: 'POST', url: '/questions?q=x', clientIp: '127.0.0.1', body: 'title=Paris' });
  });

  it('answers request targets that are not a path itself, before any worker', async () => {
    proxy.addUpstream(await upstream('targets', {}));
    const options = await send('*', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('keeps a client connection with one worker, and spreads new connections', async () => {
    proxy.addUpstream(await upstream('one', {}));
    proxy.addUpstream(await upstream('two', {}));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const from = (fetchAgent: Agent | false) =>
      new Promise<string>((resolve, reject) => {
        const { hostname, port } = new URL(base);
        httpRequest({ hostname, port, path: '/', agent: fetchAgent }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve(JSON.parse(body).from));
        })
          .on('error', reject)
          .end();
      });
    const kept = [];
    for (let i = 0; i < 4; i++) kept.push(await from(agent));
    expect(new Set(kept).size).toBe(1);
    agent.destroy();
    const fresh = [];
    for (let i = 0; i < 4; i++) fresh.push(await from(false));
    expect(new Set(fresh)).toEqual(new Set(['one', 'two']));
  });
});

describe('a worker that dies', () => {
  it('costs a GET nothing: it is sent again to another worker', async () => {
    proxy.addUpstream(await upstream('dies-1', { '/page': die }));
    proxy.addUpstream(await upstream('lives-1', {}));
    // Whichever worker each request reaches first, every one is answered by the one alive.
    for (let i = 0; i < 4; i++) {
      const answer = await send('/page');
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).from).toBe('lives-1');
    }
  });

  it('gets a POST an immediate 502, never a second attempt', async () => {
    let attempts = 0;
    proxy.addUpstream(
      await upstream('dies-2', {
        '/save': (req) => {
          attempts++;
          die(req);
        },
      }),
    );
    const answer = await send('/save', { method: 'POST', body: 'x=1' });
    expect(answer.status).toBe(502);
    expect(answer.body).toMatch(/stopped before answering/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.ms).toBeLessThan(2_000);
    expect(attempts).toBe(1);
  });

  it('closes the client connection at once when the response had already started', async () => {
    proxy.addUpstream(
      await upstream('dies-3', {
        '/export': (req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/csv' });
          res.write('uin,heading\n');
          setTimeout(() => die(req), 100);
        },
      }),
    );
    const started = Date.now();
    await expect(send('/export')).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('with no worker running, holds the request until one starts', async () => {
    const answer = send('/waited');
    await new Promise((resolve) => setTimeout(resolve, 300));
    proxy.addUpstream(await upstream('late', {}));
    expect((await answer).status).toBe(200);
    expect(JSON.parse((await answer).body).url).toBe('/waited');
  });

  it('with no worker for WAIT_FOR_WORKER_MS, answers 503 with Retry-After', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(answer.ms).toBeGreaterThanOrEqual(WAIT_FOR_WORKER_MS - 100);
  });
});

describe('draining', () => {
  it('finishes the request in flight, refuses new connections, then resolves', async () => {
    proxy.addUpstream(await upstream('slow', { '/slow': (_req, res) => void setTimeout(() => res.end('done'), 700) }));
    const inFlight = send('/slow');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const drained = proxy.drain(5_000);
    await expect(send('/')).rejects.toThrow(/ECONNREFUSED/);
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('done');
    expect(answer.headers.connection).toBe('close');
    expect(await drained).toBe(true);
  });
});
