import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { captureResponse, type CapturedResponse } from './capture-response';

/** Serves one request with `respond`, capturing it; returns what the client got and what was captured. */
async function roundTrip(respond: (res: ServerResponse) => void, limit = 1_000, wanted?: (headers: OutgoingHttpHeaders) => boolean) {
  let captured: Promise<CapturedResponse | null> = Promise.resolve(null);
  const server = createServer((_req, res) => {
    captured = captureResponse(res, limit, wanted);
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const body = await response.text();
    return { status: response.status, body, captured: await captured };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('captureResponse', () => {
  it('records status, headers and every byte, strings and buffers alike, while the client gets them too', async () => {
    const { body, captured } = await roundTrip((res) => {
      res.setHeader('Content-Type', 'text/html');
      res.writeHead(201, { 'X-Extra': 'yes' });
      res.write('é');
      res.write(Buffer.from(' and '));
      res.end('£', 'utf8');
    });
    expect(body).toBe('é and £');
    expect(captured).toMatchObject({ status: 201, headers: { 'content-type': 'text/html', 'x-extra': 'yes' } });
    expect(captured?.body.toString()).toBe('é and £');
  });

  it('gives up on bodies over the limit but still sends all of it', async () => {
    const { body, captured } = await roundTrip((res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('a'.repeat(800));
      res.end('b'.repeat(800));
    });
    expect(body).toHaveLength(1600);
    expect(captured).toBeNull();
  });

  it('asks once, at the first byte, whether the response is wanted, and copies nothing if not', async () => {
    const asked: OutgoingHttpHeaders[] = [];
    const { body, captured } = await roundTrip(
      (res) => {
        res.writeHead(200, { 'Content-Type': 'text/csv' });
        res.write('uin,heading\n');
        res.end('DEMO-0001,Joint production\n');
      },
      1_000,
      (headers) => {
        asked.push(headers);
        return headers['content-type'] !== 'text/csv';
      },
    );
    expect(body).toBe('uin,heading\nDEMO-0001,Joint production\n');
    expect(captured).toBeNull();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ ':status': 200, 'content-type': 'text/csv' });
  });
});

describe('captureResponse inside the compression', () => {
  it('records the page as the app wrote it, uncompressed and without the encoding the outer layer adds', async () => {
    const { createCompression } = await import('./compress');
    const { gunzipSync } = await import('node:zlib');
    const compress = createCompression();
    const page = `<p>${'Joint weapons production with European allies. '.repeat(60)}</p>`;
    let captured: Promise<CapturedResponse | null> = Promise.resolve(null);
    const server = createServer((req, res) =>
      compress(req, res, () => {
        captured = captureResponse(res, 100_000);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(page);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { request } = await import('node:http');
      const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
      expect(raw.encoding).toBe('gzip'); // the client got it compressed
      expect(gunzipSync(raw.body).toString()).toBe(page);
      const copy = await captured;
      expect(copy?.body.toString()).toBe(page);
      expect(copy?.headers['content-encoding']).toBeUndefined();
      expect(copy?.headers['content-type']).toBe('text/html; charset=utf-8');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
