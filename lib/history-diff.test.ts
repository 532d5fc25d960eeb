import { describe, expect, it } from 'vitest';
import { diffFields, fieldLabel, formatValue } from './history-diff';

describe('history diffs a reader can follow', () => {
  it('labels fields in words', () => {
    expect(fieldLabel('dateTabled')).toBe('Date tabled');
    expect(fieldLabel('askingMemberId')).toBe('Asking member');
    expect(fieldLabel('uin')).toBe('UIN');
  });

  it('shows calendar dates in UK form, moments in London time, yes/no and lists one per line', () => {
    expect(formatValue('2025-03-11T00:00:00.000Z')).toBe('11 March 2025');
    expect(formatValue('2025-07-01T13:05:00.000Z')).toBe('1 July 2025, 14:05');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(['Defence', 'Europe'])).toBe('Defence\nEurope');
    expect(formatValue('')).toBeNull();
  });

  it('lists only the fields that changed, added and removed ones included', () => {
    const changes = diffFields(
      JSON.stringify({ name: 'Defence', slug: 'defence', description: null, dateDue: '2025-03-20T00:00:00.000Z' }),
      JSON.stringify({ name: 'Defence procurement', slug: 'defence', description: 'Buying kit', dateDue: '2025-03-24T00:00:00.000Z' }),
    );
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Name', 'Defence', 'Defence procurement'],
      ['Description', null, 'Buying kit'],
      ['Date due', '20 March 2025', '24 March 2025'],
    ]);
    expect(changes.every((c) => c.words === null)).toBe(true);
  });

  it('gives the words added and removed for edited text', () => {
    const [change] = diffFields(
      JSON.stringify({ text: 'The Department has met its European partners on joint production of munitions.' }),
      JSON.stringify({ text: 'The Department has met its French and German partners on joint production of munitions.' }),
    );
    expect(change!.words!.filter((s) => s.type === 'removed').map((s) => s.text.trim())).toEqual(['European']);
    expect(change!.words!.filter((s) => s.type === 'added').map((s) => s.text.trim()).join(' ')).toContain('French and German');
  });

  it('a link entry: the other record appears or disappears', () => {
    expect(diffFields(null, JSON.stringify({ meeting: 'E5 meeting (12 March 2025)' }))).toEqual([
      { field: 'meeting', label: 'Meeting', before: null, after: 'E5 meeting (12 March 2025)', words: null },
    ]);
  });
});
