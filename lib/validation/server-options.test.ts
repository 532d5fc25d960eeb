import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseServerOptions } from './server-options';

describe('parseServerOptions', () => {
  it('defaults to port 3000 on every interface, one process per core, 128 MB of page cache each', () => {
    expect(parseServerOptions({}, {})).toEqual({ ok: true, options: { port: 3000, host: '0.0.0.0', workers: availableParallelism(), cacheMb: 128, cacheStaleS: 10 } });
  });

  it('reads the environment, and flags win over it', () => {
    const env = { PORT: '8080', HOST: '127.0.0.1', WEB_CONCURRENCY: '3', PAGE_CACHE_MB: '0' };
    expect(parseServerOptions({}, env)).toEqual({ ok: true, options: { port: 8080, host: '127.0.0.1', workers: 3, cacheMb: 0, cacheStaleS: 10 } });
    expect(parseServerOptions({ port: '3100', workers: '1', 'cache-mb': '64' }, env)).toEqual({
      ok: true,
      options: { port: 3100, host: '127.0.0.1', workers: 1, cacheMb: 64, cacheStaleS: 10 },
    });
    expect(parseServerOptions({}, { PORT: ' ' })).toMatchObject({ ok: true, options: { port: 3000 } });
  });

  it('refuses values it cannot use, naming each', () => {
    const bad = parseServerOptions({ port: 'eighty', workers: '0', 'cache-mb': '-1' }, {});
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.message).toContain('The port must be a whole number');
    expect(bad.message).toContain('The number of server processes must be at least 1');
    expect(bad.message).toContain('The page cache size (MB per process) must be at least 0');
    expect(parseServerOptions({ port: '70000' }, {})).toEqual({ ok: false, message: 'The port must be at most 65535' });
    expect(parseServerOptions({ port: '3000.5' }, {})).toEqual({ ok: false, message: 'The port must be a whole number' });
  });
});
