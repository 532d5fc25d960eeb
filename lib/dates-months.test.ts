import { describe, expect, it } from 'vitest';
import { addCalendarDays, formatMonth, monthsBetween, parseCalendarDate, toIsoDate, toIsoMonth } from './dates';

describe('month helpers', () => {
  it('lists every month across a year end, inclusive', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthsBetween('2025-04', '2025-03')).toEqual([]);
  });
  it('reads the month of a UTC-midnight calendar date whatever the local time zone', () => {
    expect(toIsoMonth(parseCalendarDate('2025-03-31')!)).toBe('2025-03');
    expect(formatMonth('2025-03')).toBe('March 2025');
    expect(formatMonth('2025-03', true)).toBe('Mar 2025');
  });
  it('moves calendar dates by whole days', () => {
    expect(toIsoDate(addCalendarDays(parseCalendarDate('2025-03-30')!, 2))).toBe('2025-04-01');
    expect(toIsoDate(addCalendarDays(parseCalendarDate('2025-01-01')!, -1))).toBe('2024-12-31');
  });
});
