import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { describe, expect, it } from 'vitest';
import { relevanceOrder } from './sqlite-rank-sql';
import { documentKey, KEY_PARAM, questionIdFromKey } from './sqlite-search-sql';

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

  it('binds document keys so FTS5 honours them: a JS number alone reaches it as a REAL it does not seek on', () => {
    const db = openSqlite(':memory:');
    try {
      db.exec('CREATE VIRTUAL TABLE t USING fts5(body)');
      const keys = [1, 2, 3].map((day) => documentKey(new Date(Date.UTC(2025, 0, day)), day));
      for (const key of keys) db.prepare('INSERT INTO t (rowid, body) VALUES (CAST(? AS INTEGER), ?)').run(key, 'support');
      const rows = (op: string, param: string) => db.prepare(`SELECT rowid FROM t WHERE t MATCH 'support' AND rowid ${op} ${param}`).pluck().all(keys[1]);
      expect(rows('=', KEY_PARAM)).toEqual([keys[1]]);
      expect(rows('>=', KEY_PARAM)).toEqual(keys.slice(1));
      expect(rows('<', KEY_PARAM)).toEqual(keys.slice(0, 1));
      // Why KEY_PARAM exists (SQLite 3.51): a bare REAL equality bound comes back with every match.
      expect(rows('=', '?')).toHaveLength(keys.length);
    } finally {
      db.close();
    }
  });
});
