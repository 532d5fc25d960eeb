import { describe, expect, it } from 'vitest';
import { hasMark } from '@/lib/search/segments';
import { loadSeedCase } from '@/server/seed/seed-case';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { DIALECTS } from '@/test/test-database';
import { searchQuestionsFromParams } from './question-search';

// The acceptance check, on the seed case exactly as `npm run db:seed` loads it, on both databases.
describe.each(DIALECTS)('searching the seed case on %s', (dialect) => {
  const db = setUpDialectSearchDb(dialect, loadSeedCase);

  async function search(q: string) {
    const outcome = await searchQuestionsFromParams(new URLSearchParams({ q }), { backend: db.backend, names: db.names });
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.result;
  }

  it.each(['E5', '"joint production"', 'Paris', 'member:morello', 'department:defence', 'answerer:eagle'])('finds the Morello question with %s', async (q) => {
    const result = await search(q);
    expect(result.total).toBe(1);
    const [row] = result.rows;
    expect(row).toMatchObject({ uin: 'DEMO-0001', href: '/questions/commons/2025-03-13/DEMO-0001', member: { name: 'Edward Morello' } });
    expect(row!.isDemo).toBe(false);
    expect(row!.unreportedFields).toEqual(expect.arrayContaining(['uin']));
  });

  it('highlights where the words matched', async () => {
    const [row] = (await search('"joint production"')).rows;
    expect(hasMark(row!.match!.question) || hasMark(row!.match!.answer)).toBe(true);
    const [paris] = (await search('Paris')).rows;
    expect([paris!.match!.heading, paris!.match!.question, paris!.match!.answer].some(hasMark)).toBe(true);
  });

  it('finds nothing for words the case does not contain', async () => {
    expect((await search('submarines')).total).toBe(0);
  });
});
