import { createServer, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompression } from './compress';

const CSV = 'uin,heading,date_tabled\n' + Array.from({ length: 4000 }, (_, i) => `DEMO-${i},"Joint production, procurement ${i % 17}",2025-03-13\n`).join('');
const HTML = '<!doctype html><p>' + 'Paris bilateral and the E5 meeting. '.repeat(500) + '</p>';

const routes: Record<string, (res: ServerResponse) => void> = {
  '/questions': (res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HTML),
  '/questions/export.csv': (res) => {
    res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' });
    res.write(CSV.slice(0, 50_000));
    res.end(CSV.slice(50_000));
  },
  '/already': (res) => res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gzipSync(HTML)),
};

let base: string;
const server = createServer((req, res) => {
  createCompression()(req, res, () => routes[req.url ?? '']!(res));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The raw bytes and encoding (fetch would decompress them). */
function raw(path: string, encoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('createCompression', () => {
  it('compresses pages at the usual level, in the encoding the client prefers', async () => {
    const gzip = await raw('/questions', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(HTML);
    expect(gzip.body.equals(gzipSync(HTML))).toBe(true); // zlib's default level 6
    const br = await raw('/questions', 'br, gzip');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(HTML);
    const plain = await raw('/questions', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(HTML);
  });

  it('compresses downloads once, at the fastest level', async () => {
    const gzip = await raw('/questions/export.csv', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(CSV);
    expect(gzip.body.equals(gzipSync(CSV, { level: constants.Z_BEST_SPEED }))).toBe(true);
    const br = await raw('/questions/export.csv', 'br');
    expect(brotliDecompressSync(br.body).toString()).toBe(CSV);
  });

  it('leaves a response that is compressed already as it is', async () => {
    const already = await raw('/already', 'gzip');
    expect(already.encoding).toBe('gzip');
    expect(gunzipSync(already.body).toString()).toBe(HTML);
  });
});
