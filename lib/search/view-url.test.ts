import { describe, expect, it } from 'vitest';
import { parseQuestionQuery, type QuestionQuery } from '@/lib/validation/question-query';
import { activeFilters, clearedHref, exportHref, viewHref } from './view-url';

function query(params: string): QuestionQuery {
  const parsed = parseQuestionQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

const names = { member: { 'edward-morello': 'Edward Morello' }, answerer: {}, department: { 'ministry-of-defence': 'Ministry of Defence' }, topic: {}, party: {} };

describe('view addresses', () => {
  it('round-trips a view through its address', () => {
    const params = 'q=%22joint+production%22&house=commons&member=edward-morello&department=ministry-of-defence&department=home-office&status=overdue&coverage=yes&tabledFrom=2025-03-01&sort=dateDue&dir=asc&page=3&size=50';
    const view = query(params);
    const href = viewHref(view, { page: 3 });
    expect(query(href.split('?')[1]!)).toEqual(view);
  });

  it('returns to page 1 when anything but the page changes, and leaves defaults out', () => {
    const view = query('department=home-office&page=4');
    expect(viewHref(view, { status: ['overdue'] })).toBe('/questions?department=home-office&status=overdue');
    expect(viewHref(view, { page: 5 })).toBe('/questions?department=home-office&page=5');
    expect(viewHref(query(''))).toBe('/questions');
  });

  it('builds export links without paging', () => {
    expect(exportHref(query('q=paris&page=3&size=100&sort=dateTabled'), 'csv')).toBe('/questions/export.csv?q=paris&sort=dateTabled&dir=desc');
    expect(exportHref(query(''), 'json')).toBe('/questions/export.json');
  });

  it('makes one removable chip per filter value, with names', () => {
    const chips = activeFilters(query('q=paris&member=edward-morello&department=ministry-of-defence&department=home-office&status=overdue&namedDay=yes&tabledFrom=2025-03-11&page=2'), names);
    expect(chips.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Search: “paris”',
      'Asking member: Edward Morello',
      'Department: Ministry of Defence',
      'Department: home-office',
      'Status: Overdue',
      'Named day: Yes',
      'Tabled from: 11 March 2025',
    ]);
    expect(chips[2]!.href).toBe('/questions?q=paris&member=edward-morello&department=home-office&status=overdue&namedDay=yes&tabledFrom=2025-03-11');
    expect(chips[0]!.href).not.toContain('q=');
  });

  it('clears every filter but keeps the sort', () => {
    expect(clearedHref(query('q=x&department=home-office&sort=dateDue&dir=asc&size=100&hide=uin'))).toBe('/questions?sort=dateDue&dir=asc&size=100&hide=uin');
  });
});
