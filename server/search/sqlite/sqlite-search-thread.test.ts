import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateDemoData } from '@/lib/demo/write-demo-data';
import { createTempDb, type TempDb } from '@/test/temp-db';
import type { QuestionSearchDeps } from '../question-search';
import { loadQuestionsView } from '../questions-view';
import { prismaNameResolver } from '../resolve-filters';
import { SqliteQuestionSearch } from './sqlite-search';
import { SEARCH_THREAD_NICE, ThreadedSqliteSearch } from './sqlite-search-thread';

// Page searches on a thread of their own (sqlite-search-thread.ts), on 3,000 generated questions.
const VIEWS = ['q=support', 'q=' + encodeURIComponent('pro* OR con* OR dep* OR gov*'), 'q=defence&sort=dateTabled&dir=asc&page=2', 'house=commons&sort=status'];
let temp: TempDb;
let local: SqliteQuestionSearch;

beforeAll(async () => {
  temp = createTempDb();
  await generateDemoData(temp.prisma, { questions: 3000, seed: 'search-thread' });
  local = new SqliteQuestionSearch(temp.file);
}, 120_000);
afterAll(async () => {
  local.close();
  await temp.cleanup();
});

const depsOf = (backend: QuestionSearchDeps['backend']): QuestionSearchDeps => ({ backend, names: prismaNameResolver(temp.prisma) });
const view = (raw: string, backend: QuestionSearchDeps['backend']) => loadQuestionsView(Object.fromEntries(new URLSearchParams(raw)), depsOf(backend));

/** Nice values of this process's threads (Linux keeps one per thread: field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNiceValues(): number[] {
  const dir = `/proc/${process.pid}/task`;
  return fs.readdirSync(dir).map((tid) => Number(fs.readFileSync(path.join(dir, tid, 'stat'), 'utf8').split(') ')[1]!.split(' ')[16]));
}

describe('a page search on the search thread', () => {
  let threaded: ThreadedSqliteSearch;
  beforeAll(() => {
    threaded = new ThreadedSqliteSearch(new SqliteQuestionSearch(temp.file), { file: temp.file, root: process.cwd(), deadlineMs: 60_000 });
  });
  afterAll(() => threaded.close());

  it('gives the same page as the serving thread would (rows, total, matches), and the serving thread runs none of it', async () => {
    const spy = vi.spyOn(SqliteQuestionSearch.prototype, 'search');
    for (const raw of VIEWS) {
      const [there, here] = [await view(raw, threaded), await view(raw, local)];
      expect(there.ok && here.ok, raw).toBe(true);
      if (!there.ok || !here.ok) continue;
      expect(there.view.result.total, raw).toBe(here.view.result.total);
      expect(there.view.result.rows, raw).toEqual(here.view.result.rows);
    }
    // Only the comparison's own searches ran here: the threaded backend's went to the thread.
    expect(spy).toHaveBeenCalledTimes(VIEWS.length);
    spy.mockRestore();
  });

  it('runs at a lower CPU priority than the serving thread', async () => {
    await view('q=support', threaded);
    if (os.platform() === 'linux') expect(threadNiceValues()).toContain(SEARCH_THREAD_NICE);
  });

  it('reports a search stopped at its deadline as the serving thread would: 503 and how to narrow it', async () => {
    const strict = new ThreadedSqliteSearch(new SqliteQuestionSearch(temp.file), { file: temp.file, root: process.cwd(), deadlineMs: 10 });
    try {
      // 32 terms over 3,000 questions: well past 10 ms of statements on any machine.
      const words = Array.from({ length: 8 }, (_, i) => ['pro', 'con', 'dep', 'gov', 'min', 'sec', 'sta', 'ass'][i] + '*');
      const raw = 'q=' + encodeURIComponent([...words, ...'support funding local people public services health schools government policy department minister england wales scotland ireland council transport housing energy defence education police prison'.split(' ')].join(' OR ')) + '&sort=member&page=20';
      const outcome = await view(raw, strict);
      expect(outcome).toMatchObject({ ok: false, status: 503 });
      expect(!outcome.ok && outcome.problems[0]).toMatch(/^This search was stopped after 10 milliseconds/);
    } finally {
      await strict.close();
    }
  });

  it('falls back to the serving thread when the thread cannot start, with the same page', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'answerable-no-sources-'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const orphan = new ThreadedSqliteSearch(new SqliteQuestionSearch(temp.file), { file: temp.file, root });
    try {
      const [there, here] = [await view('q=support', orphan), await view('q=support', local)];
      expect(there.ok && here.ok && there.view.result.rows).toEqual(here.ok && here.view.result.rows);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/search thread could not start/));
    } finally {
      warn.mockRestore();
      await orphan.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
