import { describe, expect, it } from 'vitest';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { CountCache } from './postgres-count-cache';
import { searchQuestionsFromParams } from '../question-search';

// PostgreSQL keeps the totals of recent views until the next change (postgres-count-cache.ts). What a
// reader depends on: a total is never older than the rows beside it, whatever was written in between.
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the count cache', () => {
  it('gives a total back only under the stamp it was counted with, and forgets the least recently used', () => {
    const cache = new CountCache(2);
    const a = { text: 'SELECT count(*) AS n FROM "Question" q WHERE q."house" = $1', values: ['LORDS'] };
    const b = { text: a.text, values: ['COMMONS'] };
    const c = { text: 'SELECT count(*) AS n FROM "Question" q', values: [] };
    cache.set(a, '7', 10);
    expect(cache.get(a, '7')).toBe(10);
    expect(cache.get(a, '8')).toBeUndefined();
    expect(cache.get(b, '7')).toBeUndefined();
    cache.set(b, '7', 20);
    expect(cache.get(a, '7')).toBe(10); // a is now the most recently used
    cache.set(c, '7', 30);
    expect([cache.get(a, '7'), cache.get(b, '7'), cache.get(c, '7')]).toEqual([10, undefined, 30]);
    expect(cache.get(a, null)).toBeUndefined();
  });
});

describe('PostgreSQL search totals', () => {
  const db = setUpDialectSearchDb('postgresql');

  async function total(params: Record<string, string>): Promise<number> {
    const outcome = await searchQuestionsFromParams(new URLSearchParams(params), db.deps());
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.result.total;
  }
  const stamp = async () => Number((await db.prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT n FROM search_change'))[0]!.n);

  it('follow every write at once, for searches with words and views of filters alone', async () => {
    const { ids, members } = db.fixture;
    const words = { q: 'barracks' };
    const answered = { status: 'answered' };
    const all = {};
    const [w0, a0, n0] = [await total(words), await total(answered), await total(all)];
    // Asked twice with nothing written between: the same totals (the second from the cache).
    expect([await total(words), await total(answered), await total(all)]).toEqual([w0, a0, n0]);

    const before = await stamp();
    await db.prisma.answerVersion.create({
      data: { questionId: ids['700']!, sequence: 1, kind: 'SUBSTANTIVE', answeringMemberId: members.healey, answeredOn: day('2025-06-02'), textHtml: '<p>Barracks</p>', textPlain: 'New barracks.' },
    });
    expect(await stamp()).toBeGreaterThan(before);
    expect(await total(words)).toBe(w0 + 1);

    await db.prisma.question.update({ where: { id: ids['700']! }, data: { state: 'ANSWERED', dateAnswered: day('2025-06-02') } });
    expect(await total(answered)).toBe(a0 + 1);

    await db.prisma.question.delete({ where: { id: ids['200']! } });
    expect(await total(all)).toBe(n0 - 1);
  });
});
