import { describe, expect, it } from 'vitest';
import { dueDate, nextWeekday } from './due-date';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dueDate', () => {
  it('gives Commons questions 5 sitting days, skipping weekends', () => {
    expect(dueDate('COMMONS', day('2025-03-13'))).toEqual(day('2025-03-20')); // the seed case: Thursday → Thursday
    expect(dueDate('COMMONS', day('2026-11-23'))).toEqual(day('2026-11-30')); // Monday → next Monday
    expect(dueDate('COMMONS', day('2026-11-27'))).toEqual(day('2026-12-04')); // Friday → next Friday
  });

  it('uses the named day for Commons named-day questions', () => {
    expect(dueDate('COMMONS', day('2026-11-23'), day('2026-11-26'))).toEqual(day('2026-11-26'));
  });

  it('gives Lords questions 14 calendar days and ignores a named day', () => {
    expect(dueDate('LORDS', day('2026-11-23'))).toEqual(day('2026-12-07'));
    expect(dueDate('LORDS', day('2026-11-23'), day('2026-11-26'))).toEqual(day('2026-12-07'));
  });

  it('keeps UTC midnight across the clock change', () => {
    expect(dueDate('LORDS', day('2026-10-20')).toISOString()).toBe('2026-11-03T00:00:00.000Z');
  });
});

describe('nextWeekday', () => {
  it('moves weekends to Monday and leaves weekdays alone', () => {
    expect(nextWeekday(day('2026-11-28'))).toEqual(day('2026-11-30'));
    expect(nextWeekday(day('2026-11-29'))).toEqual(day('2026-11-30'));
    expect(nextWeekday(day('2026-11-25'))).toEqual(day('2026-11-25'));
  });
});
