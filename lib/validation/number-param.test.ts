import { describe, expect, it } from 'vitest';
import { parseWholeNumber, wholeNumberParam } from './number-param';

const page = { label: 'Page', min: 1, max: 100_000 };

describe('wholeNumberParam', () => {
  it('reads decimal digits within the bounds, forgiving surrounding spaces', () => {
    expect(parseWholeNumber('1', page)).toEqual({ ok: true, value: 1 });
    expect(parseWholeNumber('100000', page)).toEqual({ ok: true, value: 100_000 });
    expect(parseWholeNumber(' 42 ', page)).toEqual({ ok: true, value: 42 });
    expect(parseWholeNumber('007', page)).toEqual({ ok: true, value: 7 });
  });

  it.each(['0x10', '1e3', '+5', '-1', '1.5', '1,000', '0b11', '0o7', 'Infinity', 'NaN', '', '   ', 'ten', '١٢', '99999999999999999999'])(
    'refuses %j with the parameter and its range named',
    (value) => {
      expect(parseWholeNumber(value, page)).toEqual({ ok: false, message: 'Page must be a whole number from 1 to 100,000' });
    },
  );

  it('refuses values outside the parameter’s own bounds', () => {
    expect(parseWholeNumber('0', page)).toEqual({ ok: false, message: 'Page must be a whole number from 1 to 100,000' });
    expect(parseWholeNumber('100001', page)).toEqual({ ok: false, message: 'Page must be a whole number from 1 to 100,000' });
    expect(parseWholeNumber('101', { label: 'limit', min: 1, max: 100 })).toEqual({ ok: false, message: 'limit must be a whole number from 1 to 100' });
  });

  it('is a zod schema: optional and defaulted like any other field', () => {
    const schema = wholeNumberParam(page).optional();
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse('3')).toBe(3);
    expect(wholeNumberParam(page).default(1).parse(undefined)).toBe(1);
    expect(() => schema.parse(16)).toThrow();
  });
});

describe('recordIdParam', () => {
  it('reads a record number in decimal digits, without a leading zero', async () => {
    const { recordIdParam } = await import('./search-params');
    expect(recordIdParam.parse('12')).toBe(12);
    for (const bad of ['0', '012', '0x10', '1e3', '-1', '12a', '', '9'.repeat(16)]) expect(recordIdParam.safeParse(bad).success, bad).toBe(false);
  });
});
