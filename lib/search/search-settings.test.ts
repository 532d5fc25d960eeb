import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_DEADLINE_MS, readSearchSettings } from './search-settings';

describe('readSearchSettings', () => {
  it('defaults the deadline to 2 seconds, blank included', () => {
    expect(readSearchSettings({})).toEqual({ deadlineMs: DEFAULT_SEARCH_DEADLINE_MS });
    expect(readSearchSettings({ SEARCH_DEADLINE_MS: ' ' })).toEqual({ deadlineMs: 2000 });
    expect(DEFAULT_SEARCH_DEADLINE_MS).toBe(2000);
  });

  it('reads a whole number of milliseconds', () => {
    expect(readSearchSettings({ SEARCH_DEADLINE_MS: '5000' })).toEqual({ deadlineMs: 5000 });
  });

  it.each(['0', '5', '2s', '0x10', '1e3', '-1', '600001'])('stops on %j with a message naming the setting', (value) => {
    expect(() => readSearchSettings({ SEARCH_DEADLINE_MS: value })).toThrow(/SEARCH_DEADLINE_MS must be a whole number of milliseconds from 10 to 600000/);
  });
});
