import { describe, expect, it } from 'vitest';
import { readPublicUrl, requestOrigin, siteBaseUrl } from './site-url';

const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers: new Headers(headers) });

describe('readPublicUrl', () => {
  it('is undefined when PUBLIC_URL is unset or blank', () => {
    expect(readPublicUrl({})).toBeUndefined();
    expect(readPublicUrl({ PUBLIC_URL: '  ' })).toBeUndefined();
  });

  it('normalises an address: lower-case host, no trailing slash, a sub-path kept', () => {
    expect(readPublicUrl({ PUBLIC_URL: 'https://Answerable.Example.org/' })).toBe('https://answerable.example.org');
    expect(readPublicUrl({ PUBLIC_URL: ' http://intranet.example:8080/answerable/ ' })).toBe('http://intranet.example:8080/answerable');
    expect(readPublicUrl({ PUBLIC_URL: 'https://answerable.example.org:443' })).toBe('https://answerable.example.org');
  });

  it.each(['answerable.example.org', 'ftp://answerable.example.org', 'https://', 'https://exa mple.org', 'https://answerable.example.org/?x=1', 'https://answerable.example.org/#top', 'https://user:pw@answerable.example.org', 'http://0.0.0.0:3000'])(
    'refuses %s with a message naming the setting',
    (value) => {
      expect(() => readPublicUrl({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL must be an absolute http\(s\) address/);
    },
  );
});

describe('requestOrigin', () => {
  it('uses the Host the reader addressed, not the address the server listens on', () => {
    expect(requestOrigin(request('http://0.0.0.0:3000/questions/export.csv', { host: 'answerable.lan:3000' }))).toBe('http://answerable.lan:3000');
  });

  it('takes the scheme a proxy in front reports', () => {
    expect(requestOrigin(request('http://0.0.0.0:3000/x', { host: 'answerable.example.org', 'x-forwarded-proto': 'https' }))).toBe('https://answerable.example.org');
    expect(requestOrigin(request('http://127.0.0.1:3000/x', { host: '127.0.0.1:3000', 'x-forwarded-proto': 'gopher' }))).toBe('http://127.0.0.1:3000');
  });

  it('never answers 0.0.0.0: without a usable Host it falls back to localhost on the same port', () => {
    expect(requestOrigin(request('http://0.0.0.0:3000/x'))).toBe('http://localhost:3000');
    expect(requestOrigin(request('http://0.0.0.0:3000/x', { host: '0.0.0.0:3000' }))).toBe('http://localhost:3000');
    expect(requestOrigin(request('http://0.0.0.0:3000/x', { host: 'evil.example/path' }))).toBe('http://localhost:3000');
    expect(requestOrigin(request('http://127.0.0.1:3201/x', { host: 'bad host' }))).toBe('http://127.0.0.1:3201');
  });
});

describe('siteBaseUrl', () => {
  it('prefers PUBLIC_URL over the request', () => {
    expect(siteBaseUrl(request('http://0.0.0.0:3000/x', { host: 'localhost:3000' }), 'https://answerable.example.org')).toBe('https://answerable.example.org');
    expect(siteBaseUrl(request('http://0.0.0.0:3000/x', { host: 'localhost:3000' }), undefined)).toBe('http://localhost:3000');
  });
});
