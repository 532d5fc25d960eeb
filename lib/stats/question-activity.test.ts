import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '@/lib/dates';
import { questionsPerMonth, waitBands } from './question-activity';

const d = (iso: string) => parseCalendarDate(iso)!;
const q = (tabled: string, answered: string | null, withdrawn = false) => ({
  dateTabled: d(tabled), dateDue: d(tabled), dateAnswered: answered ? d(answered) : null, isNamedDay: false, withdrawn,
});

describe('questionsPerMonth', () => {
  it('counts by month tabled with empty months between', () => {
    expect(questionsPerMonth([q('2025-01-31', null), q('2025-03-01', null), q('2025-03-31', null)])).toEqual([
      { month: '2025-01', tabled: 1 },
      { month: '2025-02', tabled: 0 },
      { month: '2025-03', tabled: 2 },
    ]);
    expect(questionsPerMonth([])).toEqual([]);
  });
});

describe('waitBands', () => {
  it('puts each answered question in its band by calendar days and counts the unanswered as still waiting', () => {
    const bands = waitBands([
      q('2025-03-03', '2025-03-03'), // 0
      q('2025-03-03', '2025-03-06'), // 3
      q('2025-03-03', '2025-03-07'), // 4
      q('2025-03-03', '2025-03-17'), // 14
      q('2025-03-03', '2025-03-31'), // 28
      q('2025-03-03', '2025-04-01'), // 29
      q('2025-03-03', null),
      q('2025-03-03', null, true), // withdrawn: not counted
    ]);
    expect(bands.map((b) => b.count)).toEqual([2, 1, 1, 1, 1, 1]);
    expect(bands[5]!.label).toBe('Still waiting');
  });
});
