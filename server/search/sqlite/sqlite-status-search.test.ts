import type Database from 'better-sqlite3';
import { openSqlite } from '@/lib/db/sqlite/sqlite-pragmas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '@/lib/demo/write-demo-data';
import { effectiveStatus, QUESTION_STATUSES, statusesMatching, type QuestionStatus } from '@/lib/question-status';
import { parseQuestionQuery } from '@/lib/validation/question-query';
import { appendAnswerVersion, setQuestionWithdrawn } from '@/server/question-state';
import { createTempDb, type TempDb } from '@/test/temp-db';
import { prepareView } from '../question-search';
import { prismaNameResolver } from '../resolve-filters';
import { SqliteQuestionSearch } from './sqlite-search';

// Status filters with search words are answered by the index's status and due-day tags
// (server/search/sqlite/sqlite-filter-tags.ts). These tests hold them to the plain definition of a status
// (lib/question-status.ts effectiveStatus on the stored columns) over generated data.
const TODAY = new Date(Date.UTC(2026, 10, 25));
const YESTERDAY = new Date(Date.UTC(2026, 10, 24));
const TOMORROW = new Date(Date.UTC(2026, 10, 26));
const WORDS = ['support', 'funding', 'local authorities'];

let temp: TempDb;
let backend: SqliteQuestionSearch;
let reader: Database.Database;
const boundary: { dueToday: number; dueYesterday: number } = { dueToday: 0, dueYesterday: 0 };

beforeAll(async () => {
  temp = createTempDb();
  await generateDemoData(temp.prisma, { questions: 1500, seed: 'status-tags', today: TODAY });
  // Two awaiting questions that mention "support", moved to either side of the overdue line.
  const awaiting = await temp.prisma.question.findMany({ where: { state: 'AWAITING', text: { contains: 'support' } }, select: { id: true }, take: 2, orderBy: { id: 'asc' } });
  boundary.dueToday = awaiting[0]!.id;
  boundary.dueYesterday = awaiting[1]!.id;
  await temp.prisma.question.update({ where: { id: boundary.dueToday }, data: { dateDue: TODAY } });
  await temp.prisma.question.update({ where: { id: boundary.dueYesterday }, data: { dateDue: YESTERDAY } });
  // Every search with words counts its total on the count worker here (the default), so the
  // totals below check the worker's count; `alone` below counts on its own thread.
  backend = new SqliteQuestionSearch(temp.file);
  reader = openSqlite(temp.file, { readonly: true });
  const keys = reader.prepare('SELECT "id" AS id, "house" AS house, "uin" AS uin, "dateTabled" AS dateTabled FROM "Question"').all() as { id: number; house: string; uin: string; dateTabled: number }[];
  for (const q of keys) idOf.set(questionKey(q), q.id);
}, 120_000);
afterAll(async () => {
  reader.close();
  backend.close();
  await temp.cleanup();
});

async function plan(params: string) {
  const parsed = parseQuestionQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  const prepared = await prepareView(parsed.query, { backend, names: prismaNameResolver(temp.prisma), today: TODAY });
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared.view.plan;
}

const params = (words: string, statuses: readonly QuestionStatus[], sort = 'dateTabled') =>
  `q=${encodeURIComponent(words)}&sort=${sort}${statuses.map((s) => `&status=${s}`).join('')}`;

/** Exports carry no id: a question is its House, UIN and date tabled (the unique key). */
const questionKey = (q: { house: string; uin: string; dateTabled: Date | number }) => `${q.house}/${q.uin}/${new Date(q.dateTabled).getTime()}`;
const idOf = new Map<string, number>();

/** What the app finds: every id of the view (one page holding them all), and its count. */
async function found(words: string, statuses: readonly QuestionStatus[], sort = 'dateTabled') {
  const p = await plan(params(words, statuses, sort));
  const page = await backend.search({ ...p, offset: 0, limit: 10_000 });
  const exports = backend.exportReader(p);
  const exported: number[] = [];
  for (let batch = await exports.read(300); batch.length > 0; batch = await exports.read(300)) {
    exported.push(...batch.map((r) => idOf.get(questionKey(r))!));
  }
  return { ids: page.records.map((r) => r.id).sort((a, b) => a - b), total: page.total, exported: exported.sort((a, b) => a - b) };
}

/**
 * The definition: FTS matches of the words alone, kept when effectiveStatus is one the chosen
 * statuses stand for (statusesMatching: "answered" takes in corrected questions).
 */
function expected(words: string, statuses: readonly QuestionStatus[], today = TODAY): number[] {
  const match = words.includes(' ') ? `"${words}"` : words;
  const rows = reader
    .prepare(
      `SELECT q."id" AS id, q."state" AS state, q."dateDue" AS dateDue FROM question_search f JOIN "Question" q ON q."id" = (f."rowid" & 4294967295)
       WHERE question_search MATCH ?`,
    )
    .all(match) as { id: number; state: 'AWAITING'; dateDue: number }[];
  const matching = statusesMatching(statuses);
  return rows
    .filter((r) => matching.includes(effectiveStatus({ state: r.state, dateDue: new Date(r.dateDue) }, today)))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

const SINGLES = QUESTION_STATUSES.map((s) => [s]);
const PAIRS = QUESTION_STATUSES.flatMap((a, i) => QUESTION_STATUSES.slice(i + 1).map((b) => [a, b]));
const LARGER: QuestionStatus[][] = [
  ['awaiting', 'holding', 'answered'],
  ['overdue', 'corrected', 'withdrawn'],
  ['awaiting', 'overdue', 'holding'],
  [...QUESTION_STATUSES],
];

describe('status filters with search words', () => {
  it('has every status among the generated matches, so each comparison below can fail', () => {
    for (const status of QUESTION_STATUSES) expect(expected('support', [status]).length, status).toBeGreaterThan(0);
  });

  it.each(WORDS)('finds exactly the questions the plain definition gives, for every status and pair of statuses: %s', async (words) => {
    for (const statuses of [...SINGLES, ...PAIRS, ...LARGER]) {
      const want = expected(words, statuses);
      const got = await found(words, statuses);
      expect(got.ids, statuses.join('+')).toEqual(want);
      expect(got.total, statuses.join('+')).toBe(want.length);
      expect(got.exported, statuses.join('+')).toEqual(want);
    }
    // Sorts on Question columns join the page's matches, the status still comes from the tags.
    for (const statuses of SINGLES) expect((await found(words, statuses, 'status')).ids).toEqual(expected(words, statuses));
  });

  it('ranks the filtered matches in the order the unfiltered search ranks them, whichever way it ranks', async () => {
    // Few word matches: the page ranks the words alone and keeps the tagged matches by rowid; with
    // fewWordMatches 0 it ranks the tagged MATCH itself. Both must give the unfiltered order.
    const alone = new SqliteQuestionSearch(temp.file, { fewWordMatches: 0, countOnWorker: false });
    try {
      for (const words of ['support', 'funding']) {
        const all = await plan(params(words, [], 'relevance'));
        const order = (await backend.search({ ...all, offset: 0, limit: 10_000 })).records;
        for (const statuses of [['overdue'], ['awaiting'], ['answered', 'overdue'], ['holding', 'withdrawn']] as QuestionStatus[][]) {
          const want = order.filter((r) => statusesMatching(statuses).includes(effectiveStatus(r, TODAY))).map((r) => r.id);
          expect(want.length, statuses.join('+')).toBeGreaterThan(0);
          const p = { ...(await plan(params(words, statuses, 'relevance'))), offset: 0, limit: 10_000 };
          expect((await backend.search(p)).records.map((r) => r.id), statuses.join('+')).toEqual(want);
          expect((await alone.search(p)).records.map((r) => r.id), statuses.join('+')).toEqual(want);
          const second = (await backend.search({ ...p, offset: 5, limit: 5 })).records.map((r) => r.id);
          expect(second).toEqual(want.slice(5, 10));
        }
      }
    } finally {
      alone.close();
    }
  });

  it('counts a question due today as awaiting and one due yesterday as overdue', async () => {
    const awaiting = (await found('support', ['awaiting'])).ids;
    const overdue = (await found('support', ['overdue'])).ids;
    expect(awaiting).toContain(boundary.dueToday);
    expect(overdue).not.toContain(boundary.dueToday);
    expect(overdue).toContain(boundary.dueYesterday);
    expect(awaiting).not.toContain(boundary.dueYesterday);
  });

  it('moves a question to overdue when the day passes, with no write', async () => {
    const p = await plan(params('support', ['overdue']));
    const ids = async (today: Date) => (await backend.search({ ...p, today, offset: 0, limit: 10_000 })).records.map((r) => r.id);
    expect(await ids(TODAY)).not.toContain(boundary.dueToday);
    expect(await ids(TOMORROW)).toContain(boundary.dueToday);
    expect((await ids(TOMORROW)).sort((a, b) => a - b)).toEqual(expected('support', ['overdue'], TOMORROW));
  });

  it('finds nothing awaiting when no awaiting question is due from today on', async () => {
    const p = await plan(params('support', ['awaiting']));
    const later = new Date(Date.UTC(2030, 0, 1));
    expect((await backend.search({ ...p, today: later, offset: 0, limit: 100 })).total).toBe(0);
    const overdue = await plan(params('support', ['overdue']));
    expect(await backend.count({ ...overdue, today: later, offset: 0, limit: 0 })).toBe(expected('support', ['awaiting', 'overdue']).length);
  });
});

describe('status filters follow the question as it changes', () => {
  const statusOf = async (id: number) => {
    const hits: QuestionStatus[] = [];
    for (const status of QUESTION_STATUSES) if ((await found('support', [status])).ids.includes(id)) hits.push(status);
    return hits;
  };
  const answer = (questionId: number, kind: 'HOLDING' | 'SUBSTANTIVE' | 'CORRECTION', html: string) =>
    temp.prisma.$transaction((tx) => appendAnswerVersion(tx, { questionId, kind, answeredOn: TODAY, answeringMemberId: null, html, source: 'STAFF' }));

  it('moves an overdue question through holding, answered and corrected as answers are logged, then withdrawn', async () => {
    const id = boundary.dueYesterday;
    expect(await statusOf(id)).toEqual(['overdue']);
    await answer(id, 'HOLDING', '<p>A holding reply.</p>');
    expect(await statusOf(id)).toEqual(['holding']);
    await answer(id, 'SUBSTANTIVE', '<p>The substantive answer.</p>');
    expect(await statusOf(id)).toEqual(['answered']);
    await answer(id, 'CORRECTION', '<p>A corrected answer.</p>');
    // A corrected question was answered: the "answered" filter keeps finding it.
    expect(await statusOf(id)).toEqual(['answered', 'corrected']);
    await temp.prisma.$transaction((tx) => setQuestionWithdrawn(tx, id, TODAY));
    expect(await statusOf(id)).toEqual(['withdrawn']);
    await temp.prisma.$transaction((tx) => setQuestionWithdrawn(tx, id, null));
    expect(await statusOf(id)).toEqual(['answered', 'corrected']);
  });

  it('moves an awaiting question between awaiting and overdue when its due date changes', async () => {
    const id = boundary.dueToday;
    expect(await statusOf(id)).toEqual(['awaiting']);
    await temp.prisma.question.update({ where: { id }, data: { dateDue: YESTERDAY } });
    expect(await statusOf(id)).toEqual(['overdue']);
    await temp.prisma.question.update({ where: { id }, data: { dateDue: TOMORROW } });
    expect(await statusOf(id)).toEqual(['awaiting']);
  });
});
