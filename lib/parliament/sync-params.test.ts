import { describe, expect, it } from 'vitest';
import { readParliamentSettings, LIVE_MEMBERS_API_URL, LIVE_QUESTIONS_API_URL } from './settings';
import { durationMs, parseSyncArgs } from './sync-params';

describe('npm run sync flags', () => {
  it('accepts dates, a house, a department and a schedule', () => {
    expect(parseSyncArgs(['--from', '2025-01-01', '--to=2025-02-01', '--house', 'lords', '--department', '11', '--every', '15m'])).toEqual({
      ok: true,
      params: { from: '2025-01-01', to: '2025-02-01', house: 'lords', department: 11, every: '15m', pageSize: 100 },
    });
    expect(parseSyncArgs([])).toEqual({ ok: true, params: { pageSize: 100 } });
    expect(durationMs('15m')).toBe(900_000);
  });

  it.each([
    [['--from', '2025-02-30'], /real date/],
    [['--from', '01/02/2025'], /real date/],
    [['--to', '2025-01-01'], /--to needs --from/],
    [['--from', '2025-03-01', '--to', '2025-01-01'], /on or before/],
    [['--house', 'senate'], /commons or lords/],
    [['--department', 'defence'], /answering-body id/],
    [['--every', 'hourly'], /duration/],
    [['--since', '2025-01-01'], /Unknown option --since/],
    [['--from'], /needs a value/],
  ])('refuses %j with a clear message', (argv, message) => {
    const result = parseSyncArgs(argv);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join(' ')).toMatch(message);
  });
});

describe('settings', () => {
  it('defaults to the live APIs and takes mirrors', () => {
    expect(readParliamentSettings({})).toMatchObject({ questionsUrl: LIVE_QUESTIONS_API_URL, membersUrl: LIVE_MEMBERS_API_URL, concurrency: 4 });
    expect(readParliamentSettings({ PARLIAMENT_QUESTIONS_API_URL: 'http://127.0.0.1:9000/api/', PARLIAMENT_API_CONCURRENCY: '2' })).toMatchObject({ questionsUrl: 'http://127.0.0.1:9000/api', concurrency: 2 });
  });
  it('names a malformed setting', () => {
    expect(() => readParliamentSettings({ PARLIAMENT_MEMBERS_API_URL: 'members-api' })).toThrow(/PARLIAMENT_MEMBERS_API_URL/);
    expect(() => readParliamentSettings({ PARLIAMENT_API_CONCURRENCY: '0' })).toThrow();
  });
});
