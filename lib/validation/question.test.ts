import { describe, expect, it } from 'vitest';
import { parseQuestionKeyParams } from './question';

describe('parseQuestionKeyParams', () => {
  it('reads a question address', () => {
    expect(parseQuestionKeyParams({ house: 'commons', date: '2025-03-13', uin: 'DEMO-0001' })).toEqual({
      house: 'COMMONS',
      dateTabled: new Date('2025-03-13T00:00:00Z'),
      uin: 'DEMO-0001',
    });
    expect(parseQuestionKeyParams({ house: 'lords', date: '2024-02-29', uin: 'HL1234' })?.house).toBe('LORDS');
  });

  it.each([
    ['an unknown house', { house: 'senate', date: '2025-03-13', uin: '1' }],
    ['a capitalised house', { house: 'Commons', date: '2025-03-13', uin: '1' }],
    ['a date that does not exist', { house: 'commons', date: '2025-02-30', uin: '1' }],
    ['a date in another format', { house: 'commons', date: '13-03-2025', uin: '1' }],
    ['an empty UIN', { house: 'commons', date: '2025-03-13', uin: ' ' }],
    ['a UIN with markup', { house: 'commons', date: '2025-03-13', uin: '<script>' }],
    ['an absurdly long UIN', { house: 'commons', date: '2025-03-13', uin: '1'.repeat(41) }],
  ])('rejects %s', (_, params) => {
    expect(parseQuestionKeyParams(params)).toBeNull();
  });
});
