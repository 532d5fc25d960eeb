import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCalendarDate } from '@/lib/dates';
import {
  answerTimesByMonth,
  answeredOnTime,
  daysToAnswer,
  formatMedianDays,
  formatShare,
  median,
  summariseAnswerTimes,
  weightedMedian,
  type AnswerTimeInput,
} from './answer-times';

const d = (iso: string) => parseCalendarDate(iso)!;
const TODAY = d('2025-04-10');

function q(tabled: string, due: string, answered: string | null, extra: Partial<AnswerTimeInput> = {}): AnswerTimeInput {
  return { dateTabled: d(tabled), dateDue: d(due), dateAnswered: answered ? d(answered) : null, isNamedDay: false, withdrawn: false, ...extra };
}

describe('daysToAnswer', () => {
  it('counts calendar days from tabling to the first substantive answer, weekends included', () => {
    // Thursday 13 March to Thursday 20 March 2025: 7 calendar days (5 sitting days).
    expect(daysToAnswer(q('2025-03-13', '2025-03-20', '2025-03-20'))).toBe(7);
    expect(daysToAnswer(q('2025-03-13', '2025-03-20', '2025-03-13'))).toBe(0);
  });
  it('counts across a month and a year end', () => {
    expect(daysToAnswer(q('2024-12-30', '2025-01-06', '2025-01-02'))).toBe(3);
  });
  it('has no answer time while unanswered (a holding answer leaves dateAnswered empty)', () => {
    expect(daysToAnswer(q('2025-03-13', '2025-03-20', null))).toBeNull();
  });
});

describe('answeredOnTime', () => {
  it('is on time when answered on or before the due date, late when after', () => {
    expect(answeredOnTime(q('2025-03-13', '2025-03-20', '2025-03-20'), TODAY)).toBe(true);
    expect(answeredOnTime(q('2025-03-13', '2025-03-20', '2025-03-19'), TODAY)).toBe(true);
    expect(answeredOnTime(q('2025-03-13', '2025-03-20', '2025-03-21'), TODAY)).toBe(false);
  });
  it('counts an unanswered question as late once its due date has passed', () => {
    expect(answeredOnTime(q('2025-03-01', '2025-04-09', null), TODAY)).toBe(false);
  });
  it('does not judge an unanswered question that is due today or later', () => {
    expect(answeredOnTime(q('2025-04-03', '2025-04-10', null), TODAY)).toBeNull();
    expect(answeredOnTime(q('2025-04-05', '2025-04-14', null), TODAY)).toBeNull();
  });
  it('judges a question answered early even before its due date arrives', () => {
    expect(answeredOnTime(q('2025-04-05', '2025-04-14', '2025-04-08'), TODAY)).toBe(true);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([7, 1, 4, 10])).toBe(5.5);
    expect(median([3])).toBe(3);
    expect(median([])).toBeNull();
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('weightedMedian', () => {
  it('is the median of the list with each value repeated by its weight', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.integer({ min: -5, max: 400 }), weight: fc.integer({ min: 0, max: 6 }) }), { maxLength: 30 }), (values) => {
        const repeated = values.flatMap((v) => Array.from({ length: v.weight }, () => v.value));
        const sorted = [...repeated].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        const expected = sorted.length === 0 ? null : sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
        expect(weightedMedian(values)).toBe(expected);
      }),
    );
  });
});

describe('summariseAnswerTimes', () => {
  it('gives the same figures for a row with a count as for the row repeated that many times', () => {
    const rows = [
      { ...q('2025-03-01', '2025-03-08', '2025-03-05'), count: 3 },
      { ...q('2025-03-02', '2025-03-09', null), count: 2 },
      { ...q('2025-03-02', '2025-03-09', '2025-03-20', { isNamedDay: true }), count: 4 },
      { ...q('2025-03-03', '2025-03-10', null, { withdrawn: true }), count: 5 },
      { ...q('2025-04-05', '2025-04-14', null), count: 1 },
    ];
    const repeated = rows.flatMap(({ count, ...row }) => Array.from({ length: count }, () => row));
    expect(summariseAnswerTimes(rows, TODAY)).toEqual(summariseAnswerTimes(repeated, TODAY));
    expect(answerTimesByMonth(rows, TODAY)).toEqual(answerTimesByMonth(repeated, TODAY));
    expect(summariseAnswerTimes(rows, TODAY)).toMatchObject({ questions: 10, answered: 7, overdue: 2 });
  });

  it('leaves withdrawn questions out of every figure', () => {
    const s = summariseAnswerTimes(
      [q('2025-03-01', '2025-03-08', '2025-03-05'), q('2025-03-01', '2025-03-08', null, { withdrawn: true, isNamedDay: true })],
      TODAY,
    );
    expect(s).toMatchObject({ questions: 1, answered: 1, overdue: 0, medianDays: 4 });
    expect(s.onTime).toEqual({ judged: 1, onTime: 1, share: 1 });
    expect(s.namedDay).toEqual({ judged: 0, onTime: 0, share: null });
  });

  it('excludes unanswered questions from the median but counts overdue ones as not on time', () => {
    const s = summariseAnswerTimes(
      [
        q('2025-03-01', '2025-03-08', '2025-03-03'), // 2 days, on time
        q('2025-03-01', '2025-03-08', '2025-03-11'), // 10 days, late
        q('2025-03-01', '2025-03-08', null), // overdue: late, no answer time
        q('2025-04-08', '2025-04-15', null), // not yet due: not judged
      ],
      TODAY,
    );
    expect(s.questions).toBe(4);
    expect(s.answered).toBe(2);
    expect(s.overdue).toBe(1);
    expect(s.medianDays).toBe(6);
    expect(s.onTime).toEqual({ judged: 3, onTime: 1, share: 1 / 3 });
    expect(formatShare(s.onTime)).toBe('33%');
  });

  it('reports named-day compliance for named-day questions only', () => {
    const s = summariseAnswerTimes(
      [
        q('2025-03-03', '2025-03-06', '2025-03-06', { isNamedDay: true }), // on the named day
        q('2025-03-03', '2025-03-06', '2025-03-05', { isNamedDay: true }), // before it
        q('2025-03-03', '2025-03-06', '2025-03-07', { isNamedDay: true }), // a day late
        q('2025-03-03', '2025-03-06', null, { isNamedDay: true }), // never answered: late
        q('2025-03-03', '2025-03-10', '2025-03-20'), // ordinary and late: not in named-day figure
      ],
      TODAY,
    );
    expect(s.namedDay).toEqual({ judged: 4, onTime: 2, share: 0.5 });
    expect(s.onTime).toEqual({ judged: 5, onTime: 2, share: 0.4 });
  });

  it('has no median and no shares for no questions', () => {
    const s = summariseAnswerTimes([], TODAY);
    expect(s).toEqual({ questions: 0, answered: 0, overdue: 0, medianDays: null, onTime: { judged: 0, onTime: 0, share: null }, namedDay: { judged: 0, onTime: 0, share: null } });
    expect(formatShare(s.onTime)).toBe('—');
    expect(formatMedianDays(s.medianDays)).toBe('—');
  });
});

describe('answerTimesByMonth', () => {
  it('groups by the month questions were due, oldest first, with empty months in between', () => {
    const months = answerTimesByMonth(
      [
        q('2025-03-27', '2025-04-03', '2025-04-01'), // due April
        q('2025-01-10', '2025-01-17', '2025-01-14'),
        q('2025-01-20', '2025-01-27', '2025-02-03'),
        q('2025-03-20', '2025-03-27', null, { withdrawn: true }), // withdrawn: no March entry from it
      ],
      TODAY,
    );
    expect(months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(months[0]).toMatchObject({ questions: 2, answered: 2, medianDays: 9 });
    expect(months[0]!.onTime).toEqual({ judged: 2, onTime: 1, share: 0.5 });
    expect(months[1]).toMatchObject({ questions: 0, medianDays: null });
    expect(months[1]!.onTime.share).toBeNull();
    expect(months[3]).toMatchObject({ questions: 1, medianDays: 5 });
  });
  it('is empty for no questions', () => {
    expect(answerTimesByMonth([], TODAY)).toEqual([]);
  });
});

describe('formatMedianDays', () => {
  it('writes whole and half days', () => {
    expect(formatMedianDays(1)).toBe('1 day');
    expect(formatMedianDays(4)).toBe('4 days');
    expect(formatMedianDays(5.5)).toBe('5.5 days');
  });
});
