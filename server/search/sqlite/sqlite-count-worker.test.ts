import os from 'node:os';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { describe, expect, it, vi } from 'vitest';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { setUpSearchTestDb } from '@/test/search-test-db';
import { prepareView } from '../question-search';
import { SqliteCountWorker } from './sqlite-count-worker';
import { SqliteQuestionSearch } from './sqlite-search';
import type { SearchPlan } from '../types';

// The count worker counts a search's matches on a second thread (sqlite-count-worker.ts). These
// tests run it on a real database file: its totals must be the ones counted in place, and a write
// between the page and the count, or a worker that cannot start, must never give a wrong page.
const db = setUpSearchTestDb();

async function plan(params: string): Promise<SearchPlan> {
  const parsed = parseQuestionQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  const prepared = await prepareView(parsed.query, db.deps());
  if (!prepared.ok) throw new Error(prepared.message);
  return { ...prepared.view.plan, offset: 0, limit: 100 };
}

const SEARCHES = [
  'q=defence',
  'q=defence&sort=dateTabled',
  'q=defence&sort=dateTabled&dir=asc&house=commons',
  'q=defence&sort=dateTabled&tabledFrom=2025-03-01',
  'q=defence&house=commons',
  'q=paris OR europe',
  'q=defence&status=awaiting&status=answered',
  'q=defence&status=awaiting&status=answered&sort=dateTabled',
  'q=nothingmatchesthis',
];

describe('counting on the count worker', () => {
  it('gives the totals counted in place, for words, filters and no matches', async () => {
    const worker = new SqliteQuestionSearch(db.temp.file, {});
    const here = new SqliteQuestionSearch(db.temp.file, { countOnWorker: false });
    try {
      for (const params of SEARCHES) {
        const p = await plan(params);
        const want = here.searchHere(p);
        const got = await worker.search(p);
        expect(got.total, params).toBe(want.total);
        expect(got.records.map((r) => r.id), params).toEqual(want.records.map((r) => r.id));
        expect(got.rankedWithin, params).toBe(want.rankedWithin);
      }
      expect((await worker.search(await plan('q=defence'))).total).toBeGreaterThan(1);
    } finally {
      worker.close();
      here.close();
    }
  });

  it('reports the rank window from the worker’s total', async () => {
    const worker = new SqliteQuestionSearch(db.temp.file, { rankWindow: 2 });
    try {
      const page = await worker.search(await plan('q=defence'));
      expect(page.total).toBeGreaterThan(2);
      expect(page.rankedWithin).toBe(2);
      expect(page.records).toHaveLength(2);
    } finally {
      worker.close();
    }
  });

  it('searches again in one snapshot when a write lands between the page and the count', async () => {
    const writer = openSqlite(db.temp.file);
    const source = writer.prepare('SELECT * FROM "Question" WHERE "uin" = ?').get('700') as Record<string, unknown>;
    let wrote = false;
    const worker = new SqliteQuestionSearch(db.temp.file, {
      afterPage: () => {
        if (wrote) return;
        wrote = true;
        // A new question that matches: committed after the page was read, before the worker counts.
        const { id: _id, ...columns } = source;
        const copy = { ...columns, uin: 'W1', dateTabled: Number(source.dateTabled) + 86_400_000 };
        const names = Object.keys(copy);
        writer.prepare(`INSERT INTO "Question" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...Object.values(copy));
      },
    });
    try {
      const p = await plan('q=defence&sort=dateTabled');
      const before = worker.searchHere(p);
      const page = await worker.search(p);
      expect(wrote).toBe(true);
      expect(page.total).toBe(before.total + 1);
      expect(page.records).toHaveLength(page.total);
      expect(page.records[0]!.uin).toBe('W1');
    } finally {
      writer.prepare('DELETE FROM "Question" WHERE "uin" = ?').run('W1');
      writer.close();
      worker.close();
    }
  });

  it('counts in place, with a warning, when the worker cannot load its driver', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new SqliteQuestionSearch(db.temp.file, { countWorkerFrom: os.tmpdir() });
    try {
      const p = await plan('q=defence');
      const page = await worker.search(p);
      expect(page.total).toBe(worker.searchHere(p).total);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('better-sqlite3'));
    } finally {
      worker.close();
      warn.mockRestore();
    }
  });
});

describe('SqliteCountWorker', () => {
  it('rejects a statement SQLite refuses with its message, and keeps counting after it', async () => {
    const counter = new SqliteCountWorker(db.temp.file, { mmapBytes: 0 });
    try {
      await expect(counter.count({ text: 'SELECT count(*) FROM "NoSuchTable"', params: [] })).rejects.toThrow(/no such table/);
      const questions = openSqlite(db.temp.file, { readonly: true });
      const want = (questions.prepare('SELECT count(*) AS n FROM "Question" WHERE "house" = ?').get('COMMONS') as { n: number }).n;
      questions.close();
      await expect(counter.count({ text: 'SELECT count(*) FROM "Question" WHERE "house" = ?', params: ['COMMONS'] })).resolves.toBe(want);
    } finally {
      counter.close();
    }
    await expect(counter.count({ text: 'SELECT 1', params: [] })).rejects.toThrow(/closed/);
  });
});

