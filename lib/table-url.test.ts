import { describe, expect, it } from 'vitest';
import { applyTableStateChange, hrefWithout, hrefWithParams, listViewParams, toggledDirection } from './table-url';
import { parseQuestionTableParams, QUESTION_TABLE } from './validation/questions';

function change(query: string, delta: Parameters<typeof applyTableStateChange>[3]) {
  const current = new URLSearchParams(query);
  const { state } = parseQuestionTableParams(current);
  return applyTableStateChange(QUESTION_TABLE, current, state, delta).toString();
}

describe('applyTableStateChange', () => {
  it('writes a page and leaves defaults out of the URL', () => {
    expect(change('', { page: 2 })).toBe('page=2');
    expect(change('page=2', { page: 1 })).toBe('');
  });

  it('goes back to page 1 when the order or page size changes', () => {
    expect(change('page=4', { sort: 'member', dir: 'asc' })).toBe('sort=member&dir=asc');
    expect(change('page=4&sort=member&dir=asc', { dir: 'desc' })).toBe('sort=member&dir=desc');
    expect(change('page=4', { size: 100 })).toBe('size=100');
    expect(change('page=4&size=100', { size: 50 })).toBe('');
  });

  it('keeps the page when only columns are hidden or shown', () => {
    expect(change('page=4', { hidden: ['status', 'uin'] })).toBe('page=4&hide=uin%2Cstatus');
    expect(hrefWithParams('/questions', new URLSearchParams('hide=uin,status'))).toBe('/questions?hide=uin,status');
    expect(change('page=4&hide=uin', { hidden: [] })).toBe('page=4');
  });

  it('keeps parameters it does not own (filters, search terms)', () => {
    expect(change('q=defence&status=overdue&page=3', { sort: 'uin', dir: 'asc' })).toBe('q=defence&status=overdue&sort=uin&dir=asc');
  });

  it('writes the direction with a non-default sort and omits both for the default order', () => {
    expect(change('sort=uin&dir=asc', { sort: 'dateTabled', dir: 'desc' })).toBe('');
    expect(change('', { dir: 'asc' })).toBe('sort=dateTabled&dir=asc');
  });
});

describe('hrefWithParams', () => {
  it('leaves no dangling question mark', () => {
    expect(hrefWithParams('/questions', new URLSearchParams())).toBe('/questions');
    expect(hrefWithParams('/questions', new URLSearchParams('page=2'))).toBe('/questions?page=2');
  });
});

describe('toggledDirection', () => {
  it('starts a new column in its first direction and flips the current one', () => {
    expect(toggledDirection(false, 'asc', 'desc')).toBe('desc');
    expect(toggledDirection(true, 'desc', 'desc')).toBe('asc');
    expect(toggledDirection(true, 'asc', 'desc')).toBe('desc');
  });
});

describe('listViewParams and hrefWithout', () => {
  const state = { sort: 'member' as const, dir: 'asc' as const, page: 4, size: 50, hidden: ['uin'] };

  it('writes the filters and the table state, never the page', () => {
    const params = listViewParams(QUESTION_TABLE, state, { q: 'defence', house: undefined, party: '' });
    expect(hrefWithParams('/x', params)).toBe('/x?q=defence&sort=member&dir=asc&hide=uin');
  });

  it('drops one filter and the page, keeping the rest of the view', () => {
    const params = new URLSearchParams('q=defence&party=labour&sort=member&dir=asc&page=3');
    expect(hrefWithout('/members', params, ['party'])).toBe('/members?q=defence&sort=member&dir=asc');
    expect(hrefWithout('/members', params, ['q', 'party', 'sort', 'dir'])).toBe('/members');
  });
});
