import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMark } from '@/lib/search/segments';
import { loadSeedCase } from '@/server/seed/seed-case';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { searchQuestionsFromParams } from './question-search';
import { prismaNameResolver } from './resolve-filters';
import { SqliteQuestionSearch } from './sqlite-search';

// The acceptance check, on the seed case exactly as `npm run db:seed` loads it.
let temp: TempDb;
let backend: SqliteQuestionSearch;

beforeAll(async () => {
  temp = createTempDb();
  await loadSeedCase(temp.prisma);
  backend = new SqliteQuestionSearch(temp.file);
});
afterAll(async () => {
  backend.close();
  await temp.cleanup();
});

async function search(q: string) {
  const outcome = await searchQuestionsFromParams(new URLSearchParams({ q }), { backend, names: prismaNameResolver(temp.prisma) });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('searching the seed case', () => {
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
