import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, setClientIpHeader, trustProxySetting } from './client-ip';

const request = (headers: IncomingMessage['headers'], remoteAddress: string) => ({ headers: { ...headers }, socket: { remoteAddress } as IncomingMessage['socket'] });

describe('the client address the server passes to the app', () => {
  it('is the socket address, replacing whatever the client sent', () => {
    const req = request({ [CLIENT_IP_HEADER]: '10.0.0.1', 'x-forwarded-for': '10.0.0.2' }, '203.0.113.7');
    setClientIpHeader(req, false);
    expect(req.headers[CLIENT_IP_HEADER]).toBe('203.0.113.7');
  });

  it('reads IPv4 clients on a dual-stack socket plainly', () => {
    const req = request({}, '::ffff:198.51.100.4');
    setClientIpHeader(req, false);
    expect(req.headers[CLIENT_IP_HEADER]).toBe('198.51.100.4');
  });

  it('behind a trusted proxy, is the last X-Forwarded-For hop (the one the proxy added)', () => {
    const req = request({ [CLIENT_IP_HEADER]: 'forged', 'x-forwarded-for': '1.1.1.1, 198.51.100.9' }, '127.0.0.1');
    setClientIpHeader(req, true);
    expect(req.headers[CLIENT_IP_HEADER]).toBe('198.51.100.9');
    const direct = request({}, '127.0.0.1');
    setClientIpHeader(direct, true);
    expect(direct.headers[CLIENT_IP_HEADER]).toBe('127.0.0.1');
  });

  it('trusts a proxy only when told to', () => {
    expect(trustProxySetting({ TRUST_PROXY: 'true' })).toBe(true);
    expect(trustProxySetting({ TRUST_PROXY: 'no' })).toBe(false);
    expect(trustProxySetting({})).toBe(false);
  });
});
