import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { loadQuestionsView } from './questions-view';

// The /questions page's data (app/questions/page.tsx): the whole address is checked before any
// search work, so a bad table parameter is a cheap 400 page and never a costly search.
const raw = (params: string) => Object.fromEntries(new URLSearchParams(params));
afterEach(() => vi.restoreAllMocks());

describe.each(DIALECTS)('on %s: an address with a bad table parameter', (dialect) => {
  const db = setUpDialectSearchDb(dialect);

  it.each([
    ['q=defence&hide=zz', /hide=“zz”: not a column that can be hidden/, '/questions?q=defence'],
    ['q=defence&page=1000000', /page=“1000000”: a page is a whole number from 1 to 100,000/, '/questions?q=defence'],
    ['q=defence&page=0x10', /page=“0x10”/, '/questions?q=defence'],
    ['sort=colour&size=7&house=commons', /sort=“colour”.*|size=“7”/, '/questions?house=commons'],
  ])('%s is refused with 400, what is wrong, and the address without it, and no search runs', async (params, message, withoutHref) => {
    const search = vi.spyOn(db.backend, 'search');
    const count = vi.spyOn(db.backend, 'count');
    const outcome = await loadQuestionsView(raw(params), db.deps());
    expect(outcome).toMatchObject({ ok: false, status: 400, withoutHref });
    expect(!outcome.ok && outcome.problems.join(' ')).toMatch(message);
    expect(search).not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();
  });

  it('names bad filters and bad table parameters together, still without searching', async () => {
    const search = vi.spyOn(db.backend, 'search');
    const outcome = await loadQuestionsView(raw('q=defence&hide=zz&status=lost'), db.deps());
    expect(outcome).toMatchObject({ ok: false, status: 400 });
    expect(!outcome.ok && outcome.problems.join(' ')).toMatch(/hide=“zz”.*Status: use awaiting/s);
    expect(search).not.toHaveBeenCalled();
  });

  it('a search over the caps is refused with 400 before searching', async () => {
    const search = vi.spyOn(db.backend, 'search');
    const outcome = await loadQuestionsView(raw(`q=${encodeURIComponent('pro* con* dep* gov* min* sec* sta* ass* rep*')}`), db.deps());
    expect(outcome).toMatchObject({ ok: false, status: 400, problems: [expect.stringMatching(/9 word starts ending in \*\. Use 8 or fewer/)] });
    expect(search).not.toHaveBeenCalled();
  });

  it('a valid address searches once and shows the table', async () => {
    const search = vi.spyOn(db.backend, 'search');
    const outcome = await loadQuestionsView(raw('q=defence&hide=uin&page=1'), db.deps());
    expect(outcome.ok && outcome.view.result.total).toBeGreaterThan(0);
    expect(outcome.ok && outcome.view.state.hidden).toEqual(['uin']);
    expect(search).toHaveBeenCalledTimes(1);
  });
});
