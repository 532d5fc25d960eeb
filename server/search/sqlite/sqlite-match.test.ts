import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { toFts5Match } from './sqlite-match';

let temp: TempDb;
let db: Database.Database;

// The real index from the migrations, so the property covers its columns and tokenizer.
beforeAll(() => {
  temp = createTempDb();
  db = openSqlite(temp.file);
  db.prepare("INSERT INTO question_search (rowid, heading, question, answer, asker, answerer, department, meeting) VALUES (1, 'Defence: Europe', 'joint production', 'Paris and the E5 meeting', 'Edward Morello', 'Maria Eagle', 'Ministry of Defence MoD', 'E5 defence ministers'' meeting')").run();
});
afterAll(async () => {
  db.close();
  await temp.cleanup();
});

const match = (input: string): string | null => {
  const parsed = parseSearchQuery(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return toFts5Match(parsed.query);
};
const hits = (input: string) => db.prepare('SELECT rowid FROM question_search WHERE question_search MATCH ?').all(match(input)).length;

describe('toFts5Match', () => {
  it('quotes every term and writes operators itself', () => {
    expect(match('joint production')).toBe('"joint" AND "production"');
    expect(match('"joint production" OR drones -nuclear')).toBe('("joint production" OR "drones") NOT "nuclear"');
    expect(match('procure* member:morello')).toBe('"procure"* AND {asker answerer} : "morello"');
    expect(match('a -b -heading:c')).toBe('"a" NOT ("b" OR {heading} : "c")');
    expect(match('a b -c')).toBe('("a" AND "b") NOT "c"');
    expect(match('say "" hi')).toBe('"say" AND "hi"');
    expect(match('status:overdue')).toBeNull();
  });

  it('matches what a researcher means on the index', () => {
    expect(hits('E5')).toBe(1);
    expect(hits('"joint production"')).toBe(1);
    expect(hits('"production joint"')).toBe(0);
    expect(hits('Paris')).toBe(1);
    expect(hits('productions')).toBe(1); // porter stemming
    expect(hits('meetings')).toBe(1);
    expect(hits('heading:paris')).toBe(0);
    expect(hits('answer:paris')).toBe(1);
    expect(hits('member:eagle')).toBe(1);
    expect(hits('asker:eagle')).toBe(0);
    expect(hits('department:defence')).toBe(1);
    expect(hits('meeting:ministers')).toBe(1);
    expect(hits('prod*')).toBe(1);
    expect(hits('paris -nuclear')).toBe(1);
    expect(hits('paris -E5')).toBe(0);
    expect(hits('nuclear OR paris')).toBe(1);
    expect(hits('NEAR(paris E5)')).toBe(0); // NEAR is a plain word here, and the document lacks it
  });

  it('turns any input into a MATCH string SQLite accepts, or a message', () => {
    const statement = db.prepare('SELECT count(*) FROM question_search WHERE question_search MATCH ?');
    const syntax = fc.constantFrom('"', '-', '*', 'OR', 'AND', 'NOT', 'NEAR', '(', ')', ':', '^', '{', '}', '+', 'heading:', 'member:', 'status:', ' ', '\u0000', '""');
    const input = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), syntax), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(input, fc.string({ maxLength: 200 })), (text) => {
        const parsed = parseSearchQuery(text);
        if (!parsed.ok) return;
        const expression = toFts5Match(parsed.query);
        if (expression !== null) expect(() => statement.get(expression)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});
