import { describe, expect, it } from 'vitest';
import { headersWithNonce, joinWithNonce, responseNonce, splitAtNonce } from './nonce-replay';
import { contentSecurityPolicy, createNonce, nonceOf, securityHeaders, securitySettings } from './security-headers';

const settings = { https: false, dev: false };

describe('nonce replay', () => {
  it('cuts a page at every nonce and joins it again with a fresh one, in body and header alike', () => {
    const old = createNonce();
    const page = Buffer.from(`<script nonce="${old}">a()</script><p>é</p><script src="/x.js" nonce="${old}"></script>`);
    const headers = {
      'content-type': 'text/html',
      'content-security-policy': contentSecurityPolicy(old, settings),
      link: `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${old}"`,
    };
    expect(responseNonce(headers)).toBe(old);

    const parts = splitAtNonce(page, old);
    expect(parts).toHaveLength(3);
    expect(joinWithNonce(parts, old).equals(page)).toBe(true);

    const fresh = createNonce();
    expect(fresh).not.toBe(old);
    const replayed = joinWithNonce(parts, fresh).toString();
    expect(replayed).toBe(page.toString().replaceAll(old, fresh));
    expect(replayed).not.toContain(old);
    const replayedHeaders = headersWithNonce(headers, old, fresh);
    expect(nonceOf(String(replayedHeaders['content-security-policy']))).toBe(fresh);
    expect(replayedHeaders.link).toBe(`</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${fresh}"`);
    expect(replayedHeaders['content-type']).toBe('text/html');
    expect(headers['content-security-policy']).toContain(old); // the stored copy is left as it was
  });

  it('leaves a body without the nonce whole, and headers without a policy alone', () => {
    const body = Buffer.from('0:{"page":"questions"}');
    expect(splitAtNonce(body, createNonce())).toEqual([body]);
    expect(joinWithNonce([body], 'abc')).toBe(body);
    expect(responseNonce({ 'content-type': 'text/html' })).toBeNull();
    expect(headersWithNonce({ 'content-type': 'text/html' }, 'abc', 'def')).toEqual({ 'content-type': 'text/html' });
  });

  it('makes nonces that are unguessable and never repeat', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('allows scripts by nonce only, never inline, with HSTS only over https', () => {
    const policy = contentSecurityPolicy('n0nce', settings);
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('n', { https: true, dev: false })).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('n', { https: false, dev: true })).toContain("'unsafe-eval'");
  });
});

describe('security settings', () => {
  it('sends HSTS only when HSTS=on says the site is served over https', () => {
    expect(securitySettings({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toEqual({ https: false, dev: false });
    expect(securityHeaders(securitySettings({ NODE_ENV: 'production' } as NodeJS.ProcessEnv))).not.toHaveProperty('strict-transport-security');
    const https = securitySettings({ NODE_ENV: 'production', HSTS: 'on' } as NodeJS.ProcessEnv);
    expect(securityHeaders(https)['strict-transport-security']).toBe('max-age=31536000');
    expect(securityHeaders(https)).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'cross-origin-opener-policy': 'same-origin' });
  });
});
