import { describe, expect, it } from 'vitest';
import { parseQuestionTableParams, QUESTION_TABLE } from './questions';
import { MAX_PAGE } from './table-state';

const defaults = { sort: 'dateTabled', dir: 'desc', page: 1, size: 50, hidden: [] };

describe('parseQuestionTableParams', () => {
  it('gives the default view for an empty query', () => {
    expect(parseQuestionTableParams({})).toEqual({ state: defaults, problems: [], invalid: [], refusals: [] });
  });

  it('reads every valid parameter, from Next’s searchParams or URLSearchParams', () => {
    const expected = { sort: 'member', dir: 'asc', page: 3, size: 100, hidden: ['uin', 'department'] };
    expect(parseQuestionTableParams({ sort: 'member', dir: 'asc', page: '3', size: '100', hide: 'department,uin' })).toEqual({
      state: expected,
      problems: [],
      invalid: [],
      refusals: [],
    });
    expect(parseQuestionTableParams(new URLSearchParams('sort=member&dir=asc&page=3&size=100&hide=department,uin')).state).toEqual(expected);
  });

  it.each([
    ['page', 'abc', /page=“abc”/],
    ['page', '0', /page=“0”/],
    ['page', '-2', /page=“-2”/],
    ['page', '2.5', /page=“2.5”/],
    ['page', String(MAX_PAGE + 1), /page=/],
    ['size', '7', /size=“7”: choose 25, 50 or 100 questions per page/],
    ['sort', 'unknown', /sort=“unknown”: the questions can be sorted by date tabled, UIN, asking member, .* or days to answer/],
    ['sort', '__proto__', /sort=“__proto__”/],
    ['dir', 'sideways', /dir=“sideways”/],
  ])('falls back to the default for %s=%s and says why', (name, value, message) => {
    const { state, problems } = parseQuestionTableParams({ [name]: value });
    expect(state).toEqual(defaults);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('keeps the valid parameters when others are invalid', () => {
    const { state, problems } = parseQuestionTableParams({ sort: 'uin', dir: 'asc', page: 'x', size: '7' });
    expect(state).toEqual({ ...defaults, sort: 'uin', dir: 'asc' });
    expect(problems).toHaveLength(2);
  });

  it('uses the first of repeated parameters and ignores empty ones', () => {
    expect(parseQuestionTableParams({ page: ['2', '5'], sort: '' }).state).toEqual({ ...defaults, page: 2 });
  });

  it('drops unknown columns from hide and keeps the known ones in column order', () => {
    const { state, problems } = parseQuestionTableParams({ hide: 'status,heading,nope,uin' });
    expect(state.hidden).toEqual(['uin', 'status']);
    expect(problems[0]).toMatch(/hide=“heading,nope”/);
  });

  it('words the same problems for a page that refuses the address, and names the parameters', () => {
    const { problems, refusals, invalid } = parseQuestionTableParams({ page: '0x10', size: '7', hide: 'nope' });
    expect(invalid).toEqual(['page', 'size', 'hide']);
    expect(problems[0]).toBe('Ignored page=“0x10”: a page is a whole number from 1 to 100,000; showing page 1.');
    expect(refusals).toEqual([
      'page=“0x10”: a page is a whole number from 1 to 100,000.',
      'size=“7”: choose 25, 50 or 100 questions per page.',
      'hide=“nope”: not a column that can be hidden.',
    ]);
  });

  it('shortens very long values in messages', () => {
    const { problems } = parseQuestionTableParams({ sort: 'x'.repeat(500) });
    expect(problems[0]!.length).toBeLessThan(300);
  });

  it('lists every sort key in its config', () => {
    expect(Object.keys(QUESTION_TABLE.sortLabels)).toContain(QUESTION_TABLE.defaultSort);
  });
});
