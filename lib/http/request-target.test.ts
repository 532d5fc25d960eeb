import { createServer } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerRequestTarget, refuseConnect, requestTargetProblem } from './request-target';

describe('requestTargetProblem', () => {
  it('lets paths through and names every other form', () => {
    expect(requestTargetProblem('GET', '/questions?q=x')).toBeNull();
    expect(requestTargetProblem('GET', '//evil.com/questions')).toBeNull(); // a path: Next keeps it on this site
    expect(requestTargetProblem('OPTIONS', '*')).toBe('options-asterisk');
    expect(requestTargetProblem('options', '*')).toBe('options-asterisk');
    expect(requestTargetProblem('GET', '*')).toBe('asterisk');
    expect(requestTargetProblem('POST', '*')).toBe('asterisk');
    expect(requestTargetProblem('GET', 'http://evil.com/questions')).toBe('absolute');
    expect(requestTargetProblem('GET', 'HTTPS://evil.com')).toBe('absolute');
    expect(requestTargetProblem('GET', 'evil.com:443')).toBe('absolute');
  });
});

// Raw bytes on a socket: an HTTP client library would not send these forms.
describe('on a real server', () => {
  let port: number;
  const server = createServer((req, res) => {
    if (answerRequestTarget(req, res, () => ({ 'X-Frame-Options': 'DENY' }))) return;
    res.writeHead(200).end('app');
  });
  server.on('connect', refuseConnect);
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), resolve()))));
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const raw = (line: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let out = '';
      socket.on('data', (chunk: Buffer) => (out += chunk.toString()));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
      socket.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });

  it('answers OPTIONS * with 204 and Allow', async () => {
    const out = await raw('OPTIONS * HTTP/1.1');
    expect(out).toMatch(/^HTTP\/1\.1 204 /);
    expect(out).toMatch(/\r\nAllow: GET, HEAD, POST, OPTIONS\r\n/);
    expect(out).toMatch(/\r\nX-Frame-Options: DENY\r\n/);
  });

  it('answers * with any other method, and absolute-form and CONNECT targets, with a 400 that says why', async () => {
    for (const line of ['GET * HTTP/1.1', 'POST * HTTP/1.1', 'GET http://evil.com/questions HTTP/1.1', 'CONNECT evil.com:443 HTTP/1.1']) {
      const out = await raw(line);
      expect(out, line).toMatch(/^HTTP\/1\.1 400 /);
      expect(out, line).not.toMatch(/\r\nlocation:/i);
      expect(out.split('\r\n\r\n')[1], line).toMatch(/only meaningful with OPTIONS|not a proxy/);
    }
    expect(await raw('GET /questions HTTP/1.1')).toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\n\r\n[\s\S]*app/);
  });
});
