import { describe, expect, it } from 'vitest';
import { toIsoDate } from '@/lib/dates';
import { parseSearchParams } from './search-params';
import { generalTimelineSchema, TIMELINE_LIST_KEYS } from './timeline';

describe('parseSearchParams on the timeline filters', () => {
  it('reads dates, repeated or comma-separated kinds, slugs and the cursor', () => {
    const { values, problems } = parseSearchParams(
      generalTimelineSchema,
      { from: '2025-03-01', to: '2025-03-31', kind: ['meeting', 'coverage,answered'], topic: 'European-Defence-Cooperation', member: 'Maria Eagle', cursor: '2025-03-11.2' },
      TIMELINE_LIST_KEYS,
    );
    expect(problems).toEqual([]);
    expect(toIsoDate(values.from!)).toBe('2025-03-01');
    expect(values.kind).toEqual(['meeting', 'coverage', 'answered']);
    expect(values.topic).toBe('european-defence-cooperation');
    expect(toIsoDate(values.cursor!.date)).toBe('2025-03-11');
    expect(values.cursor!.skip).toBe(2);
  });

  it('drops each malformed parameter with a message and keeps the rest', () => {
    const { values, problems } = parseSearchParams(
      generalTimelineSchema,
      { from: '2025-02-30', to: '2025-03-31', kind: 'meeting,party', order: 'sideways', department: '../etc', cursor: 'abc' },
      TIMELINE_LIST_KEYS,
    );
    expect(values.from).toBeUndefined();
    expect(toIsoDate(values.to!)).toBe('2025-03-31');
    expect(values.kind).toBeUndefined();
    expect(values.order).toBeUndefined();
    expect(values.department).toBeUndefined();
    expect(problems).toHaveLength(5);
    expect(problems[0]).toContain('“from”');
    expect(problems[0]).toContain('2025-02-30');
  });

  it('treats empty values as absent and ignores unknown keys', () => {
    const { values, problems } = parseSearchParams(generalTimelineSchema, { from: '', kind: '', whatever: 'x' }, TIMELINE_LIST_KEYS);
    expect(values).toEqual({});
    expect(problems).toEqual([]);
  });
});
