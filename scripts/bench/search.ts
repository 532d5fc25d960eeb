/**
 * npm run bench:search [-- --db bench-data/bench.db --runs 30 --only export --queries status]
 *
 * Prints, on the benchmark database (npm run bench:data): p50/p95 of the app's search function (top
 * 25 with snippets and the total count) for the fixed queries in queries.ts, and its ratio to the same work done
 * directly through better-sqlite3 (hand-written statements, prepared once: rank inside the FTS index,
 * join only the 25 rows, the same snippet method); table pages 1 and 1,000 sorted by date with a
 * department filter; filtered counts; CSV and JSON export rates. Figures, not pass/fail: see
 * BENCHMARKS.md.
 *
 * --only search|table|counts|export (comma-separated for several) runs just those parts, e.g.
 * `npm run bench:search -- --only export` (about 20 s) while working on exports.
 * --queries <text> times just the searches whose label contains the text, e.g.
 * `npm run bench:search -- --only search --queries status` while working on status filters.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseQuestionQuery } from '../../lib/validation/question-query';
import { exportStream } from '../../server/search/question-export';
import { SqliteExportThreads } from '../../server/search/sqlite-export-thread';
import { prepareView, searchQuestions } from '../../server/search/question-search';
import { SqliteCountWorker } from '../../server/search/sqlite-count-worker';
import { sqliteNameResolver } from '../../server/search/sqlite-names';
import { SqliteQuestionSearch } from '../../server/search/sqlite-search';
import { directSearch, type DirectQuery } from './direct-search';
import { BENCH_QUERIES, TABLE_DEPARTMENT } from './queries';

const PARTS = ['search', 'table', 'counts', 'export'] as const;
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench-data/bench.db' },
    runs: { type: 'string', default: '30' },
    only: { type: 'string', default: PARTS.join(',') },
    queries: { type: 'string' },
  },
});
const file = path.resolve(values.db!);
const runs = Number(values.runs);
const only = new Set(values.only!.split(',').map((part) => part.trim()));
const unknown = [...only].filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(`Unknown --only part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}.`);
  process.exit(1);
}
if (!existsSync(file)) {
  console.error(`No benchmark database at ${file}: run npm run bench:data -- --questions 1000000 first.`);
  process.exit(1);
}

const backend = new SqliteQuestionSearch(file);
const deps = { backend, names: sqliteNameResolver(backend.db) }; // as the app's search-deps.ts
const directCounter = new SqliteCountWorker(file, { mmapBytes: 4 * 1024 ** 3 });

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(run: () => unknown, count = runs): Promise<{ p50: number; p95: number; samples: number[] }> {
  for (let i = 0; i < 3; i++) await run(); // warm the page cache and the statement cache
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

/**
 * Two runs timed turn about (a, b, a, b, …) after warming both: on this VM the speed drifts by ±30 %
 * over a minute, and timing all of one and then all of the other let that drift decide the ratio.
 */
async function timePair(a: () => unknown, b: () => unknown, count = runs): Promise<[Awaited<ReturnType<typeof time>>, Awaited<ReturnType<typeof time>>]> {
  for (let i = 0; i < 3; i++) {
    await a();
    await b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < count; i++) {
    for (const [side, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      samples[side]!.push(performance.now() - start);
    }
  }
  const summary = (list: number[]) => ({ p50: percentile(list, 50), p95: percentile(list, 95), samples: list });
  return [summary(samples[0]), summary(samples[1])];
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`.padStart(10);

/** The app's search function on a view, 25 rows a page as the yardstick fetches (unless `params` says). */
async function appSearch(params: string) {
  const search = new URLSearchParams(params);
  if (!search.has('size')) search.set('size', '25');
  const parsed = parseQuestionQuery(search);
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = await searchQuestions(parsed.query, deps);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

async function main() {
  const questions = Number((backend.db.prepare('SELECT count(*) AS n FROM Question').get() as { n: number }).n);
  console.log(`Benchmark database: ${file} (${questions.toLocaleString('en-GB')} questions), ${runs} timed runs each\n`);
  if (only.has('search')) await benchSearch();
  if (only.has('table')) await benchTable();
  if (only.has('counts')) await benchCounts();
  if (only.has('export')) await benchExport();
}

async function benchSearch() {
  console.log('Search: top 25 with snippets and total count');
  console.log(`${'query'.padEnd(58)} ${'matches'.padStart(9)} ${'app p50'.padStart(10)} ${'app p95'.padStart(10)} ${'direct p50'.padStart(10)} ${'direct p95'.padStart(10)}  ratio p50`);
  const appP50s: number[] = [];
  const appP95s: number[] = [];
  const allApp: number[] = [];
  const allDirect: number[] = [];
  const queries = values.queries ? BENCH_QUERIES.filter((query) => query.label.includes(values.queries!)) : BENCH_QUERIES;
  for (const query of queries) {
    const result = await appSearch(query.params);
    const directQuery: DirectQuery = typeof query.direct === 'function' ? query.direct(backend.db) : query.direct;
    const [app, direct] = await timePair(
      () => appSearch(query.params),
      () => directSearch(backend.db, directQuery, directCounter),
    );
    appP50s.push(app.p50);
    appP95s.push(app.p95);
    allApp.push(...app.samples);
    allDirect.push(...direct.samples);
    console.log(
      `${query.label.padEnd(58)} ${result.total.toLocaleString('en-GB').padStart(9)} ${ms(app.p50)} ${ms(app.p95)} ${ms(direct.p50)} ${ms(direct.p95)}  ${(app.p50 / direct.p50).toFixed(2)}×`,
    );
  }
  console.log(`${`median of the ${queries.length} p50s / worst p95`.padEnd(58)} ${''.padStart(9)} ${ms(percentile(appP50s, 50))} ${ms(Math.max(...appP95s))}`);
  // Every timed run of every query together: how a search feels across this mix of queries.
  console.log(
    `${`all ${allApp.length} runs together: p50 / p95`.padEnd(58)} ${''.padStart(9)} ${ms(percentile(allApp, 50))} ${ms(percentile(allApp, 95))} ${ms(percentile(allDirect, 50))} ${ms(percentile(allDirect, 95))}  ${(percentile(allApp, 50) / percentile(allDirect, 50)).toFixed(2)}×\n`,
  );
}

async function benchTable() {
  console.log(`Table (no search words), department = ${TABLE_DEPARTMENT}, sorted by date tabled`);
  for (const page of [1, 1000]) {
    const params = `department=${TABLE_DEPARTMENT}&sort=dateTabled&dir=desc&page=${page}`;
    const result = await appSearch(params);
    const t = await time(() => appSearch(params));
    console.log(`  page ${String(page).padEnd(5)} rows ${String(result.rows.length).padStart(3)} of ${result.total.toLocaleString('en-GB').padStart(9)}   p50 ${ms(t.p50)}   p95 ${ms(t.p95)}`);
  }
  for (const [label, params] of [
    ['  all questions, page 1', 'sort=dateTabled'],
    ['  all questions, page 1,000', 'sort=dateTabled&page=1000'],
    ['  sorted by asking member, page 1', 'sort=member'],
    ['  sorted by status, page 1', 'sort=status'],
    ['  sorted by days to answer, page 1,000', 'sort=daysToAnswer&dir=desc&page=1000'],
    ['  overdue, sorted by date due, page 1', 'status=overdue&sort=dateDue'],
  ] as const) {
    const t = await time(() => appSearch(params), Math.min(runs, 15));
    console.log(`${label.padEnd(42)} p50 ${ms(t.p50)}   p95 ${ms(t.p95)}`);
  }
  console.log();
}

async function benchCounts() {
  console.log('Filtered counts (SELECT count(*) the table runs)');
  for (const [label, params] of [
    [`  department = ${TABLE_DEPARTMENT}`, `department=${TABLE_DEPARTMENT}`],
    ['  status = overdue', 'status=overdue'],
    ['  house = lords, answered in 2024', 'house=lords&answeredFrom=2024-01-01&answeredTo=2024-12-31'],
    ['  no filter', ''],
  ] as const) {
    const parsed = parseQuestionQuery(new URLSearchParams(params));
    if (!parsed.ok) throw new Error(parsed.message);
    const prepared = await prepareView(parsed.query, deps);
    if (!prepared.ok) throw new Error(prepared.message);
    const plan = { ...prepared.view.plan, offset: 0, limit: 0 };
    const t = await time(() => backend.count(plan), Math.min(runs, 15));
    console.log(`${label.padEnd(42)} ${(await backend.count(plan)).toLocaleString('en-GB').padStart(9)}   p50 ${ms(t.p50)}   p95 ${ms(t.p95)}`);
  }
  console.log();
}

const EXPORT_ROWS = 100_000;

/**
 * The whole pipeline, consumed from the ReadableStream the route returns: keyset batches, rows, text,
 * UTF-8. Twice: all questions (the Question table's index), and a search (the FTS index's keys).
 */
async function benchExport() {
  const exportThreads = new SqliteExportThreads(file);
  let warm = false;
  for (const [label, params] of [['all questions', ''], ['search "support"', 'q=support']] as const) {
    const parsed = parseQuestionQuery(new URLSearchParams(params));
    if (!parsed.ok) throw new Error(parsed.message);
    const prepared = await prepareView(parsed.query, deps);
    if (!prepared.ok) throw new Error(prepared.message);
    // The thread starts (tsx loads the sources) before anything is timed.
    if (!warm) await exportThreads.stream(prepared.view, backend, 'csv', { origin: 'http://localhost', limit: 1 }).pipeTo(new WritableStream());
    warm = true;
    for (const [format, where] of [['csv', 'thread'], ['csv', 'process'], ['json', 'thread'], ['json', 'process']] as const) {
      const place = where === 'thread' ? 'on an export thread at nice 19, as the app makes it' : 'in the process';
      console.log(`${format.toUpperCase()} export of ${label}, ${EXPORT_ROWS.toLocaleString('en-GB')} rows (whole pipeline, from the route's ReadableStream; ${place})`);
      for (let round = 0; round < 3; round++) {
        const start = performance.now();
        const cpu = process.cpuUsage();
        const options = { origin: 'http://localhost', limit: EXPORT_ROWS };
        const stream = where === 'thread' ? exportThreads.stream(prepared.view, backend, format, options) : exportStream(prepared.view, backend, format, options);
        const reader = stream.getReader();
        let bytes = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.byteLength;
        }
        const seconds = (performance.now() - start) / 1000;
        // CPU time of the whole process (every thread): on a shared machine the fair comparison, since a
        // thread at nice 19 waits for everyone else's work and its wall-clock rate says more about them.
        const used = process.cpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;
        const mib = bytes / 1024 ** 2;
        console.log(
          `  round ${round + 1}: ${Math.round(EXPORT_ROWS / seconds).toLocaleString('en-GB').padStart(7)} rows/s ${(mib / seconds).toFixed(1).padStart(5)} MiB/s (${mib.toFixed(0)} MiB in ${seconds.toFixed(2)} s); ${Math.round(EXPORT_ROWS / cpuSeconds).toLocaleString('en-GB').padStart(7)} rows per CPU-second (${cpuSeconds.toFixed(2)} s)`,
        );
      }
    }
  }
  await exportThreads.close();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    backend.close();
    directCounter.close();
  });
