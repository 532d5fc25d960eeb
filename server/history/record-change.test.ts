import { describe, expect, it } from 'vitest';
import { historyJson } from './record-change';

// The form every history entry has been stored in: JSON.stringify with each object's keys sorted
// (localeCompare) and dates as ISO strings. historyJson must keep producing exactly this.
const reference = (value: unknown) =>
  value === undefined || value === null
    ? null
    : JSON.stringify(value, (_key, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
      );

describe('historyJson', () => {
  it('sorts keys at every depth, writes dates as ISO strings, keeps arrays in order and drops undefined', () => {
    const value = { title: 'Défense', b: 2, a: [{ z: 1, y: new Date(Date.UTC(2025, 2, 11)) }, 3, null], nested: { Zeta: true, alpha: undefined, beta: { d: 1, c: 2 } }, Id: 7, id: 8, '2': 'two', '10': 'ten' };
    expect(historyJson(value)).toBe(reference(value));
    expect(historyJson(value)).toBe(
      '{"2":"two","10":"ten","a":[{"y":"2025-03-11T00:00:00.000Z","z":1},3,null],"b":2,"id":8,"Id":7,"nested":{"beta":{"c":2,"d":1},"Zeta":true},"title":"Défense"}',
    );
  });

  it('gives the same text for the same keys in any order, and for values of every shape the sync and staff write', () => {
    const samples: unknown[] = [
      { withdrawnAt: new Date(0), state: 'WITHDRAWN' },
      { state: 'WITHDRAWN', withdrawnAt: new Date(0) },
      { kind: 'SUBSTANTIVE', answeredOn: new Date(Date.UTC(2024, 0, 5)), textHtml: '<p>"Quoted" \\ text</p>', textPlain: undefined, unreportedFields: null },
      { link: 'group', questionIds: [3, 1] },
      'plain text',
      42,
      [{ b: 1, a: 2 }],
      null,
      undefined,
    ];
    for (const value of samples) expect(historyJson(value)).toBe(reference(value));
    expect(historyJson(samples[0])).toBe(historyJson(samples[1]));
  });
});
