import { describe, expect, it } from 'vitest';
import { isCrossSite, isCrossSiteWrite } from './same-origin';

const h = (headers: Record<string, string>) => (name: string) => headers[name];

describe('isCrossSite', () => {
  it('accepts our own pages and requests without browser headers', () => {
    expect(isCrossSite(h({ host: 'a.example', origin: 'https://a.example', 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossSite(h({ host: 'a.example' }))).toBe(false);
  });
  it('refuses another origin, a sibling site, and a malformed Origin', () => {
    expect(isCrossSite(h({ host: 'a.example', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite(h({ host: 'a.example', 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSite(h({ host: 'a.example', origin: 'null' }))).toBe(true);
  });
  it('only counts writes at the edge', () => {
    const evil = h({ host: 'a.example', origin: 'https://evil.example' });
    expect(isCrossSiteWrite('GET', evil)).toBe(false);
    expect(isCrossSiteWrite('POST', evil)).toBe(true);
    expect(isCrossSiteWrite('DELETE', evil)).toBe(true);
  });
});
