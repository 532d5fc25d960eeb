import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMalformedPath, sendMalformedPath } from './malformed-url';

describe('hasMalformedPath', () => {
  it('flags paths whose percent-escapes cannot be decoded', () => {
    for (const url of ['/members/%E0%A4%A', '/questions/%', '/topics/%zz', '/%C3', '/departments/%E0%A4%A?q=1']) {
      expect(hasMalformedPath(url), url).toBe(true);
    }
  });

  it('lets through every well-formed address, whatever the query string holds', () => {
    for (const url of ['/', '/questions?q=%', '/questions?q=%E0%A4%A', '/members/caf%C3%A9', '/topics/european-defence-cooperation', undefined]) {
      expect(hasMalformedPath(url), String(url)).toBe(false);
    }
  });
});

describe('sendMalformedPath', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => sendMalformedPath(res, req.method));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers 400 with a page that says what is wrong and where to go', async () => {
    const response = await fetch(`${base}/members/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('This address is not valid');
    expect(html).toContain('href="/questions"');
    const head = await fetch(`${base}/members/%E0%A4%A`, { method: 'HEAD' });
    expect(head.status).toBe(400);
    expect(await head.text()).toBe('');
  });
});
