import { describe, expect, it } from 'vitest';
import { parseUkDate, toIsoDate } from './dates';

const iso = (text: string) => {
  const d = parseUkDate(text);
  return d ? toIsoDate(d) : null;
};

describe('parseUkDate', () => {
  it('reads day-first dates the way UK staff type them', () => {
    expect(iso('11/03/2025')).toBe('2025-03-11');
    expect(iso('1/3/2025')).toBe('2025-03-01');
    expect(iso('11-03-2025')).toBe('2025-03-11');
    expect(iso('11.03.2025')).toBe('2025-03-11');
    expect(iso('11 March 2025')).toBe('2025-03-11');
    expect(iso(' 11  mar 2025 ')).toBe('2025-03-11');
    expect(iso('2025-03-11')).toBe('2025-03-11');
  });
  it('refuses impossible and ambiguous forms', () => {
    expect(iso('31/02/2025')).toBeNull();
    expect(iso('03/13/2025')).toBeNull(); // month first: there is no 13th month
    expect(iso('11 Mars 2025')).toBeNull();
    expect(iso('2025/03/11')).toBeNull();
    expect(iso('yesterday')).toBeNull();
    expect(iso('')).toBeNull();
  });
});

describe('daysBetween and toIsoMonth', () => {
  it('agree with date-fns on UTC calendar dates and on moments within a day, across month, year and leap-day edges', async () => {
    const { differenceInCalendarDays, format } = await import('date-fns');
    const { UTCDate } = await import('@date-fns/utc');
    const { daysBetween, toIsoMonth } = await import('./dates');
    const start = Date.UTC(2023, 11, 25);
    for (let a = 0; a < 90; a += 7) {
      for (let b = -40; b < 800; b += 13) {
        const from = new Date(start + a * 86_400_000 + (a % 3) * 3_600_000);
        const to = new Date(start + (a + b) * 86_400_000 + (b % 5) * 4_000_000);
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(new UTCDate(to), new UTCDate(from)));
        expect(toIsoMonth(to)).toBe(format(new UTCDate(to), 'yyyy-MM'));
      }
    }
  });
});
