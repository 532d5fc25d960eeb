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
