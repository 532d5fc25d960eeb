import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { generateDemoData } from '@/lib/demo/write-demo-data';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { listQuestionsForApi } from '@/server/api/questions';
import { ApiError } from '@/lib/api/errors';
import { prepareView, searchQuestions, type QuestionSearchDeps } from '../question-search';
import { loadQuestionsView } from '../questions-view';
import { prismaNameResolver } from '../resolve-filters';
import { isSearchDeadlineError, SearchDeadlineError } from '../search-deadline';
import { SqliteCountWorker } from './sqlite-count-worker';
import { deadlineCheckSql, isDeadlineError, registerDeadline } from './sqlite-deadline';
import { countSql } from './sqlite-search-sql';
import { toFts5Match } from './sqlite-match';
import { SqliteQuestionSearch } from './sqlite-search';

// A search's deadline (SEARCH_DEADLINE_MS) on a real database of 3,000 generated questions: enough
// rows that a statement's per-row deadline checks run (every question id that is a multiple of 256).
const COSTLY = 'q=' + encodeURIComponent('pro* OR con* OR dep* OR gov* OR min* OR sec* OR sta* OR ass*');
let temp: TempDb;
/** Plans searches (names, filters) without a deadline of its own. */
let planner: SqliteQuestionSearch;

beforeAll(async () => {
  temp = createTempDb();
  await generateDemoData(temp.prisma, { questions: 3000, seed: 'deadline' });
  planner = new SqliteQuestionSearch(temp.file, { countOnWorker: false });
}, 120_000);
afterAll(async () => {
  planner.close();
  await temp.cleanup();
});
afterEach(() => vi.restoreAllMocks());

const depsOf = (backend: SqliteQuestionSearch): QuestionSearchDeps => ({ backend, names: prismaNameResolver(temp.prisma) });

/** Makes the clock run `stepMs` faster on every reading, so a deadline passes after a known number of checks. */
function clockRunningAhead(stepMs: number): void {
  const real = Date.now.bind(Date);
  let ahead = 0;
  vi.spyOn(Date, 'now').mockImplementation(() => real() + (ahead += stepMs));
}

describe('the deadline check inside a statement', () => {
  it('aborts the statement from within SQLite once the deadline has passed, and costs nothing before', () => {
    const db = openSqlite(temp.file, { readonly: true, fileMustExist: true });
    let deadlineAt = Infinity;
    registerDeadline(db, () => deadlineAt);
    const sql = `SELECT count(*) FROM question_search f WHERE f.question_search MATCH ? AND ${deadlineCheckSql('f."rowid"')}`;
    const all = db.prepare(sql).pluck().get('"the"') as number;
    expect(all).toBeGreaterThan(1000);
    deadlineAt = Date.now() - 1;
    expect(() => db.prepare(sql).get('"the"')).toThrow(/search deadline passed/);
    db.close();
  });

  it('aborts a count on the count worker, which answers with an error the search recognises', async () => {
    const counter = new SqliteCountWorker(temp.file, { mmapBytes: 0, resolveFrom: process.cwd() });
    try {
      const parsed = parseQuestionQuery(new URLSearchParams(COSTLY));
      if (!parsed.ok) throw new Error(parsed.message);
      const prepared = await prepareView(parsed.query, depsOf(planner));
      if (!prepared.ok) throw new Error(prepared.message);
      const sql = countSql({ ...prepared.view.plan, offset: 0, limit: 0 }, toFts5Match(prepared.view.plan.text!));
      expect(await counter.count(sql)).toBeGreaterThan(1000);
      const late = await counter.count(sql, Date.now() - 1).then(() => null, (error: unknown) => error);
      expect(isDeadlineError(late)).toBe(true);
      expect(await counter.count(sql)).toBeGreaterThan(1000); // the next count has no deadline left over
    } finally {
      counter.close();
    }
  });
});

// Deadlines long enough that no real search here reaches them; a clock made to run ahead passes them.
describe('a search past its deadline', () => {
  let backend: SqliteQuestionSearch;
  beforeAll(() => {
    backend = new SqliteQuestionSearch(temp.file, { deadlineMs: 10_000 });
  });
  afterAll(() => backend.close());

  it('runs to the end when it finishes in time', async () => {
    const outcome = await loadQuestionsView(Object.fromEntries(new URLSearchParams(COSTLY)), depsOf(backend));
    expect(outcome.ok && outcome.view.result.total).toBeGreaterThan(1000);
  });

  it('stops, and the table says so with 503 and how to narrow it', async () => {
    clockRunningAhead(4000); // the third reading of the clock is past the 10 s deadline, however loaded the machine
    const raw = Object.fromEntries(new URLSearchParams(COSTLY));
    const outcome = await loadQuestionsView(raw, depsOf(backend));
    expect(outcome).toMatchObject({ ok: false, status: 503 });
    expect(!outcome.ok && outcome.problems[0]).toMatch(/^This search was stopped after 10 seconds, the most one search may take\./);
    expect(!outcome.ok && outcome.problems[0]).toMatch(/fewer words ending in \*/);
  });

  it('stops in the same way without the count worker, and for the API as a search_timeout error', async () => {
    const here = new SqliteQuestionSearch(temp.file, { deadlineMs: 10_000, countOnWorker: false });
    try {
      clockRunningAhead(4000);
      const parsed = parseQuestionQuery(new URLSearchParams(COSTLY));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(await searchQuestions(parsed.query, depsOf(here))).toMatchObject({ ok: false, status: 503 });
      const error = await listQuestionsForApi(new URL(`http://localhost/api/v1/questions?${COSTLY}`), depsOf(here)).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'search_timeout', status: 503 });
    } finally {
      here.close();
    }
  });

  it('leaves the connection without a deadline afterwards: exports and later searches run in full', async () => {
    clockRunningAhead(4000);
    await expect(backend.search({ ...(await planOf(COSTLY)), offset: 0, limit: 25 })).rejects.toBeInstanceOf(SearchDeadlineError);
    vi.restoreAllMocks();
    const reader = backend.exportReader(await planOf(COSTLY));
    let rows = 0;
    for (let batch = await reader.read(500); batch.length > 0; batch = await reader.read(500)) rows += batch.length;
    expect(rows).toBeGreaterThan(1000);
    expect((await backend.search({ ...(await planOf(COSTLY)), offset: 0, limit: 25 })).total).toBe(rows);
  });
});

async function planOf(params: string) {
  const parsed = parseQuestionQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  const prepared = await prepareView(parsed.query, depsOf(planner));
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.view.plan;
}

describe('recognising a stopped search', () => {
  it('works across copies of the module, as between a production build’s bundles', async () => {
    vi.resetModules();
    const copy = await import('../search-deadline');
    const fromElsewhere = new copy.SearchDeadlineError(2000);
    expect(fromElsewhere).not.toBeInstanceOf(SearchDeadlineError); // why instanceof is not used
    expect(isSearchDeadlineError(fromElsewhere)).toBe(true);
    expect(isSearchDeadlineError(new Error(fromElsewhere.message))).toBe(false);
    expect(isSearchDeadlineError(null)).toBe(false);
  });
});

describe('the message', () => {
  it('names the limit in words a reader knows', () => {
    expect(new SearchDeadlineError(2000).message).toMatch(/^This search was stopped after 2 seconds,/);
    expect(new SearchDeadlineError(1000).message).toMatch(/after 1 second,/);
    expect(new SearchDeadlineError(1500).message).toMatch(/after 1.5 seconds,/);
  });
});
