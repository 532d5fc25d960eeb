import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerTestDatabase, DIALECTS, type TestDatabase } from '@/test/test-database';

/** The per-address limit in one process (e2e/api.spec.ts checks it holds across the server's processes). */
let db: TestDatabase;
let GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe.each(DIALECTS)('on %s', (dialect) => {
  beforeAll(async () => {
    process.env.API_RATE_LIMIT = '3';
    process.env.API_RATE_LIMIT_WINDOW_S = '60';
    db = await createServerTestDatabase(dialect);
    ({ GET } = await import('@/app/api/v1/departments/route'));
  });
  afterAll(() => db.cleanup());

  const from = (address: string) => GET(new Request('http://localhost/api/v1/departments', { headers: { 'x-answerable-client-ip': address } }), { params: Promise.resolve({}) });

  describe('API rate limit', () => {
    it('answers 429 with Retry-After and a JSON error once an address used its requests, other addresses unaffected', async () => {
      for (let i = 0; i < 3; i++) {
        const ok = await from('203.0.113.7');
        expect(ok.status).toBe(200);
        expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(2 - i));
      }
      const refused = await from('203.0.113.7');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
      expect((await from('203.0.113.8')).status).toBe(200);
    });
  });
});
