import { describe, expect, it } from 'vitest';
import { toIsoDate } from '@/lib/dates';
import { parseQuarter, parseReleaseDate, quarterFromFileName } from './release-dates';

const Q3_2025 = { year: 2025, quarter: 3 } as const;
const parsed = (text: string, quarter: typeof Q3_2025 | null = Q3_2025) => {
  const r = parseReleaseDate(text, quarter);
  return r.ok ? `${toIsoDate(r.value.date)} ${r.value.precision}` : 'refused';
};

describe('parseReleaseDate', () => {
  it.each([
    ['11/03/2025', '2025-03-11 DAY'],
    ['1/3/25', '2025-03-01 DAY'],
    ['01.03.2025', '2025-03-01 DAY'],
    ['11 March 2025', '2025-03-11 DAY'],
    ['11th Mar 2025', '2025-03-11 DAY'],
    ['Tuesday 11 March 2025', '2025-03-11 DAY'],
    ['11-Mar-25', '2025-03-11 DAY'],
    ['2025-03-11', '2025-03-11 DAY'],
    [' 11/03/2025¹ ', '2025-03-11 DAY'],
    ['July 2025', '2025-07-01 MONTH'],
    ['Jul-25', '2025-07-01 MONTH'],
    ['July', '2025-07-01 MONTH'],
    ['Sept', '2025-09-01 MONTH'],
    ['October', '2024-10-01 MONTH'],
    ['31/02/2025', 'refused'],
    ['13/13/2025', 'refused'],
    ['Ju', 'refused'],
    ['next week', 'refused'],
    ['', 'refused'],
  ])('%s → %s', (text, expected) => expect(parsed(text)).toBe(expected));

  it('refuses a month alone without the release quarter, saying what to give', () => {
    const r = parseReleaseDate('July', null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/give the quarter/);
  });
});

describe('the release quarter', () => {
  it('is read from "2025-Q3" or "Q3 2025"', () => {
    expect(parseQuarter('2025-Q3')).toEqual(Q3_2025);
    expect(parseQuarter('q3 2025')).toEqual(Q3_2025);
    expect(parseQuarter('2025-Q5')).toBeNull();
    expect(parseQuarter('July')).toBeNull();
  });

  it('is read from a file name the way GOV.UK names releases', () => {
    expect(quarterFromFileName('fixture_ministers_meetings_July_to_September_2025.csv')).toEqual(Q3_2025);
    expect(quarterFromFileName('fixture-jul-sep-2025.csv')).toEqual(Q3_2025);
    expect(quarterFromFileName('fixture_2025_Q3.csv')).toEqual(Q3_2025);
    expect(quarterFromFileName('meetings.csv')).toBeNull();
  });
});
