import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { listQuestionsForApi } from '@/server/api/questions';
import { setUpDialectSearchDb } from '@/test/search-test-db';
import { createSearchPool, inSnapshot } from './postgres-pool';
import { PostgresQuestionSearch } from './postgres-search';
import { loadQuestionsView } from '../questions-view';
import { SearchDeadlineError } from '../search-deadline';

// SEARCH_DEADLINE_MS on PostgreSQL: the server itself cancels the statement running when the search's
// time is up (statement_timeout), and the reader gets the same 503 and message as on SQLite.
const db = setUpDialectSearchDb('postgresql');
afterEach(() => vi.restoreAllMocks());

const url = () => (db.backend as PostgresQuestionSearch).pool.options.connectionString!;

describe('a PostgreSQL search past its deadline', () => {
  it('is cancelled by the server mid-statement, and the connection goes back to the pool without a limit', async () => {
    const pool = createSearchPool(url(), 1);
    try {
      const started = performance.now();
      const error = await inSnapshot(pool, 200, (query) => query({ text: 'SELECT pg_sleep(5)', values: [] })).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(SearchDeadlineError);
      expect(performance.now() - started).toBeLessThan(3000);
      // The same (only) connection, next search without a deadline: no statement_timeout left over.
      const rows = await inSnapshot(pool, undefined, async (query) => {
        await query({ text: 'SELECT pg_sleep(0.3)', values: [] });
        return query({ text: 'SHOW statement_timeout', values: [] });
      });
      expect(rows[0]!.statement_timeout).toBe('0');
    } finally {
      await pool.end();
    }
  });

  it('spreads the deadline over the search: each statement gets only what is left', async () => {
    const pool = createSearchPool(url(), 1);
    try {
      const error = await inSnapshot(pool, 700, async (query) => {
        await query({ text: 'SELECT pg_sleep(0.4)', values: [] });
        return query({ text: 'SELECT pg_sleep(0.4)', values: [] });
      }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(SearchDeadlineError);
    } finally {
      await pool.end();
    }
  });

  it('shows the table a 503 with how to narrow it, and the API a search_timeout error', async () => {
    const backend = db.backendWith({ deadlineMs: 10_000 });
    try {
      const deps = { ...db.deps(), backend };
      const params = 'q=defence';
      expect(await loadQuestionsView({ q: 'defence' }, deps)).toMatchObject({ ok: true });
      const real = Date.now.bind(Date);
      let ahead = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => real() + (ahead += 6000)); // past the 10 s deadline by the third reading (a search reads the clock at its start, BEGIN and each statement)
      const outcome = await loadQuestionsView({ q: 'defence' }, deps);
      expect(outcome).toMatchObject({ ok: false, status: 503 });
      expect(!outcome.ok && outcome.problems[0]).toMatch(/^This search was stopped after 10 seconds, the most one search may take\./);
      ahead = 0;
      const error = await listQuestionsForApi(new URL(`http://localhost/api/v1/questions?${params}`), deps).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'search_timeout', status: 503 });
    } finally {
      await backend.close();
    }
  });
});
