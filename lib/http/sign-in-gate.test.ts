import { describe, expect, it } from 'vitest';
import { gateRequest, isOpenPath, signInUrl } from './sign-in-gate';

const req = (pathname: string, extra: Partial<{ method: string; search: string; cookieNames: string[] }> = {}) => ({ method: 'GET', search: '', cookieNames: [], pathname, ...extra });

describe('sign-in-only mode at the proxy', () => {
  it('lets everything through when the site is public', () => {
    expect(gateRequest(req('/questions'), false)).toEqual({ kind: 'pass' });
  });

  it('sends signed-out page loads to the sign-in page, returning to the same address', () => {
    expect(gateRequest(req('/questions', { search: '?q=drones&page=2' }), true)).toEqual({ kind: 'redirect', location: '/login?next=%2Fquestions%3Fq%3Ddrones%26page%3D2' });
    expect(gateRequest(req('/questions/export.csv'), true).kind).toBe('redirect');
    expect(gateRequest(req('/api/suggest', { method: 'POST' }), true)).toEqual({ kind: 'refuse' });
  });

  it('refuses the JSON API with a 401 rather than sending a script to an HTML sign-in page', () => {
    expect(gateRequest(req('/api/v1/questions', { search: '?q=drones' }), true)).toEqual({ kind: 'refuse' });
    expect(gateRequest(req('/api/v1'), true)).toEqual({ kind: 'refuse' });
    expect(gateRequest(req('/api/v1/questions', { cookieNames: ['answerable.session_token'] }), true)).toEqual({ kind: 'pass' });
    expect(gateRequest(req('/api/docs'), true).kind).toBe('redirect');
  });

  it('answers a signed-out feed reader 401, not a sign-in page it cannot show', () => {
    expect(gateRequest(req('/questions/feed.atom', { search: '?q=drones' }), true)).toEqual({ kind: 'refuse' });
    expect(gateRequest(req('/departments/ministry-of-defence/feed.rss'), true)).toEqual({ kind: 'refuse' });
  });

  it('keeps an alert email’s unsubscribe link working without signing in', () => {
    expect(gateRequest(req('/alerts/unsubscribe', { search: '?t=f1.x' }), true)).toEqual({ kind: 'pass' });
    expect(gateRequest(req('/alerts/unsubscribe/one-click', { method: 'POST' }), true)).toEqual({ kind: 'pass' });
    expect(gateRequest(req('/alerts'), true).kind).toBe('redirect');
  });

  it('keeps the sign-in page and Next’s assets reachable', () => {
    for (const path of ['/login', '/_next/static/chunks/app.js', '/favicon.ico']) expect(isOpenPath(path)).toBe(true);
    expect(isOpenPath('/login/../admin')).toBe(false);
    expect(isOpenPath('/loginx')).toBe(false);
  });

  it('passes requests with a session cookie on to the pages, which check the session itself', () => {
    expect(gateRequest(req('/questions', { cookieNames: ['answerable.session_token'] }), true)).toEqual({ kind: 'pass' });
    expect(gateRequest(req('/questions', { cookieNames: ['other'] }), true).kind).toBe('redirect');
  });

  it('builds the return address', () => {
    expect(signInUrl('/meetings/3', '')).toBe('/login?next=%2Fmeetings%2F3');
  });
});
