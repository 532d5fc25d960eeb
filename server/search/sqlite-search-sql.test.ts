import { describe, expect, it } from 'vitest';
import { relevanceOrder } from './sqlite-rank-sql';
import { documentKey, questionIdFromKey } from './sqlite-search-sql';

describe('SQLite search SQL helpers', () => {
  it('spells out the index rank setting as a bm25 call with its weights', () => {
    expect(relevanceOrder('bm25(10.0, 2.5, 1.0, 2.0, 1.0, 1.0, 1.0)')).toBe('bm25(question_search, 10.0, 2.5, 1.0, 2.0, 1.0, 1.0, 1.0)');
    expect(relevanceOrder(undefined)).toBe('bm25(question_search)');
    expect(relevanceOrder('bm25(1); DROP TABLE x')).toBe('bm25(question_search)');
  });

  it('keys documents by date tabled then id, within JavaScript integers', () => {
    const key = documentKey(new Date('2025-03-13T00:00:00Z'), 4_294_967_295);
    expect(Number.isSafeInteger(key)).toBe(true);
    expect(questionIdFromKey(key)).toBe(4_294_967_295);
    expect(documentKey(new Date('2025-03-13T00:00:00Z'), 1)).toBeLessThan(documentKey(new Date('2025-03-14T00:00:00Z'), 0));
    expect(documentKey(new Date('1969-12-31T00:00:00Z'), 7)).toBeGreaterThan(0);
  });
});
