import { describe, expect, it } from 'vitest';
import { parseDepartmentListParams } from './departments-table';
import { parseMemberListParams } from './members-table';
import { parseTopicListParams } from './topics-table';

describe('parseMemberListParams', () => {
  it('reads the table state and every filter', () => {
    const view = parseMemberListParams({ q: ' Eagle ', house: 'commons', party: 'Liberal-Democrat', minister: 'yes', sort: 'questions', dir: 'desc', page: '2', size: '25', hide: 'posts,latest' });
    expect(view).toEqual({
      state: { sort: 'questions', dir: 'desc', page: 2, size: 25, hidden: ['posts', 'latest'] },
      filters: { q: 'Eagle', house: 'commons', party: 'liberal-democrat', minister: 'yes' },
      problems: [],
    });
  });

  it('falls back on each bad value with a sentence saying what was ignored', () => {
    const view = parseMemberListParams({ house: 'upper', party: '../etc', minister: 'maybe', sort: 'colour', page: '-1', q: 'x'.repeat(201) });
    expect(view.state).toEqual({ sort: 'name', dir: 'asc', page: 1, size: 50, hidden: [] });
    expect(view.filters).toEqual({});
    expect(view.problems).toEqual([
      expect.stringMatching(/^Ignored sort=“colour”: the members can be sorted by name, party, house, constituency, questions asked, answers given or latest question\.$/),
      expect.stringMatching(/^Ignored page=“-1”/),
      'Ignored “q”: Search text is limited to 200 characters.',
      'Ignored “house”: House must be commons or lords.',
      'Ignored “party”: That is not a valid address.',
      'Ignored “minister”: Use minister=yes to show current ministers only.',
    ]);
  });

  it('treats empty fields (a submitted form) as absent', () => {
    expect(parseMemberListParams({ q: '', house: '', party: '', sort: '' })).toEqual(parseMemberListParams({}));
  });
});

describe('parseDepartmentListParams and parseTopicListParams', () => {
  it('read the name filter and their own sort keys only', () => {
    expect(parseDepartmentListParams({ q: 'defence', sort: 'overdue', dir: 'desc' })).toMatchObject({ state: { sort: 'overdue', dir: 'desc' }, filters: { q: 'defence' }, problems: [] });
    expect(parseTopicListParams({ q: 'defence', sort: 'latest' })).toMatchObject({ state: { sort: 'latest', dir: 'asc' }, filters: { q: 'defence' }, problems: [] });
    expect(parseDepartmentListParams({ sort: 'latest' }).problems).toEqual([expect.stringContaining('the departments can be sorted by name, questions, awaiting or overdue today')]);
    expect(parseTopicListParams({ sort: 'overdue', size: '7' }).problems).toHaveLength(2);
  });
});
