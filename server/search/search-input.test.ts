import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { searchQuestionsFromParams } from './question-search';

// Whatever a reader types into the search box reaches either database only as data (SQLite's FTS5 MATCH
// text, PostgreSQL's to_tsquery operands): each search is answered, or refused with a 400 and a message
// the page shows, never an error from the database (which the page would turn into a 500).
const SYNTAX = ['"', "'", '\\', '-', '*', ':*', 'OR', 'AND', 'NOT', 'NEAR', '(', ')', ':', '^', '{', '}', '+', '&', '|', '!', '<->', '<2>', ':A', 'heading:', 'question:', 'answer:', 'member:', 'department:', 'meeting:', 'status:', 'house:', 'uin:', ' ', '\u0000', '""', '“', '”'];
const input = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(...SYNTAX)), { maxLength: 30 }).map((parts) => parts.join(''));

describe.each(['sqlite', 'postgresql'] as const)('search text on %s', (dialect) => {
  const db = setUpDialectSearchDb(dialect);

  it('any text is answered or refused with a 400 and a message, never a database error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(input, fc.string({ maxLength: 200 })), async (text) => {
        const outcome = await searchQuestionsFromParams(new URLSearchParams({ q: text }), db.deps());
        if (!outcome.ok) {
          expect(outcome.status).toBe(400);
          expect(outcome.message).toMatch(/\w/);
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});
