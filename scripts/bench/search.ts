/**
 * npm run bench:search [-- --database-url file:bench-data/bench.db --runs 30 --only export --queries status]
 *
 * Prints, on the benchmark database (npm run bench:data; `--database-url` as DATABASE_URL reads it,
 * SQLite's bench-data/bench.db or a postgres:// URL): p50/p95 of the app's search function (top 25 with
 * snippets and the total count) for the fixed queries in queries.ts, and its ratio to the same work done
 * directly with hand-written statements prepared once (SQLite: sqlite/sqlite-direct-search.ts, better-sqlite3: rank
 * inside the FTS index, join only the 25 rows, the same snippet method; PostgreSQL:
 * postgres/postgres-direct-search.ts); the CPU time of each (this process and, on PostgreSQL, the server's
 * processes for its sessions); table pages 1 and 1,000 sorted by date with a department filter;
 * filtered counts; CSV and JSON export rates. Figures, not pass/fail: see BENCHMARKS.md.
 *
 * --only search|table|counts|export (comma-separated for several) runs just those parts, e.g.
 * `npm run bench:search -- --only export` (about 20 s) while working on exports.
 * --no-count-cache (PostgreSQL): every search counts its matches, as the first search of a view does;
 * by default the app's count cache gives repeated searches their total until the next change.
 * --queries <text> times just the searches whose label contains the text, e.g.
 * `npm run bench:search -- --only search --queries status` while working on status filters.
 * --against <database-url> also times each search on a second database with the same data (e.g. the
 * PostgreSQL bench against the SQLite file it was copied from), turn about with the first, and prints
 * each p50's ratio to the other's and both summaries: the "within 3× of SQLite's" target in one run.
 */
import { parseArgs } from 'node:util';
import { parseDatabaseUrl } from '../../lib/db/database-url';
import { parseQuestionQuery } from '../../lib/validation/question-query';
import { prepareView, searchQuestions } from '../../server/search/question-search';
import { openBenchSearch, type BenchSearchTarget } from './bench-search-target';
import { BENCH_QUERIES, TABLE_DEPARTMENT } from './queries';

const PARTS = ['search', 'table', 'counts', 'export'] as const;
const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    db: { type: 'string', default: 'bench-data/bench.db' },
    runs: { type: 'string', default: '30' },
    only: { type: 'string', default: PARTS.join(',') },
    queries: { type: 'string' },
    'no-count-cache': { type: 'boolean', default: false },
    against: { type: 'string' },
  },
});
const runs = Number(values.runs);
const only = new Set(values.only!.split(',').map((part) => part.trim()));
const unknown = [...only].filter((part) => !(PARTS as readonly string[]).includes(part));
if (unknown.length > 0) {
  console.error(`Unknown --only part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}.`);
  process.exit(1);
}

function open(url: string): BenchSearchTarget {
  try {
    return openBenchSearch(parseDatabaseUrl(url), !values['no-count-cache']);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
const target = open(values['database-url'] ?? values.db!);
/** --against: the same searches on a second database, side by side. */
const other = values.against ? open(values.against) : null;
const { deps } = target;
const backend = deps.backend;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const mean = (list: number[]) => list.reduce((sum, n) => sum + n, 0) / Math.max(list.length, 1);

interface Timing {
  p50: number;
  p95: number;
  samples: number[];
  /**
   * Mean CPU ms a run (target.cpuMs): a mean, not a median, as the server's CPU time is read from
   * /proc in 10 ms ticks, which only a sum over many runs resolves.
   */
  cpuMean: number;
}

async function time(run: () => unknown, count = runs): Promise<Timing> {
  for (let i = 0; i < 3; i++) await run(); // warm the page cache and the statement cache
  await target.settle();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const cpuStart = target.cpuMs();
    await run();
    samples.push(performance.now() - start);
    cpu.push(target.cpuMs() - cpuStart);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples, cpuMean: mean(cpu) };
}

/**
 * Several runs timed turn about (a, b, a, b, …) after warming each: on this VM the speed drifts by ±30 %
 * over a minute, and timing all of one and then all of the other let that drift decide the ratio. With
 * three the order rotates (a b c, b c a, c a b, …) so that no side always comes straight after the
 * same one: a search run straight after the same search on the same database finds its pages in the
 * CPU's caches, one after the other database's does not.
 */
async function timeTurns(sides: (() => unknown)[], count = runs): Promise<Timing[]> {
  for (let i = 0; i < 3; i++) for (const run of sides) await run();
  await target.settle();
  await other?.settle();
  const samples: number[][] = sides.map(() => []);
  const cpu: number[][] = sides.map(() => []);
  for (let i = 0; i < count; i++) {
    for (let turn = 0; turn < sides.length; turn++) {
      const side = sides.length > 2 ? (i + turn) % sides.length : turn;
      const run = sides[side]!;
      const start = performance.now();
      const cpuStart = target.cpuMs();
      await run();
      samples[side]!.push(performance.now() - start);
      cpu[side]!.push(target.cpuMs() - cpuStart);
    }
  }
  return samples.map((list, side) => ({ p50: percentile(list, 50), p95: percentile(list, 95), samples: list, cpuMean: mean(cpu[side]!) }));
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`.padStart(10);

/** The app's search function on a view, 25 rows a page as the yardstick fetches (unless `params` says). */
async function appSearch(params: string, on = deps) {
  const search = new URLSearchParams(params);
  if (!search.has('size')) search.set('size', '25');
  const parsed = parseQuestionQuery(search);
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = await searchQuestions(parsed.query, on);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

async function main() {
  const questions = await target.questions();
  console.log(`Benchmark database: ${target.label} (${questions.toLocaleString('en-GB')} questions), ${runs} timed runs each`);
  if (other) console.log(`Searches also on ${other.label} (${(await other.questions()).toLocaleString('en-GB')} questions), turn about`);
  console.log();
  if (only.has('search')) await benchSearch();
  if (only.has('table')) await benchTable();
  if (only.has('counts')) await benchCounts();
  if (only.has('export')) await benchExport();
}

async function benchSearch() {
  console.log('Search: top 25 with snippets and total count');
  console.log(`Direct: hand-written statements through ${target.directName}. CPU: mean CPU ms a run (this process${target.directName === 'node-postgres' ? ' + the server processes of its sessions' : ''}).`);
  if (other) console.log(`Other: the app's search on ${other.label}, timed in the same turns; ÷ other, this database's app p50 over the other's.`);
  const otherHeader = other ? `  ${'other p50'.padStart(10)}  ÷ other` : '';
  console.log(`${'query'.padEnd(58)} ${'matches'.padStart(9)} ${'app p50'.padStart(10)} ${'app p95'.padStart(10)} ${'direct p50'.padStart(10)} ${'direct p95'.padStart(10)}  ratio p50  ${'app CPU'.padStart(10)} ${'direct CPU'.padStart(10)}  CPU ratio${otherHeader}`);
  const appP50s: number[] = [];
  const appP95s: number[] = [];
  const otherP50s: number[] = [];
  const allApp: number[] = [];
  const allDirect: number[] = [];
  const allOther: number[] = [];
  const overThree: string[] = [];
  const queries = values.queries ? BENCH_QUERIES.filter((query) => query.label.includes(values.queries!)) : BENCH_QUERIES;
  for (const query of queries) {
    const result = await appSearch(query.params);
    const directRun = target.direct(query);
    // The yardstick must do the same work: the same matches.
    const directTotal = (await directRun()).total;
    if (directTotal !== result.total) console.log(`  (the hand-written query finds ${directTotal.toLocaleString('en-GB')} matches, the app ${result.total.toLocaleString('en-GB')}: fix queries.ts)`);
    const sides = [() => appSearch(query.params), directRun];
    let otherNote = '';
    if (other) {
      const otherTotal = (await appSearch(query.params, other.deps)).total;
      // SQLite's Porter stemmer and PostgreSQL's Snowball differ a little (search-conformance.test.ts).
      if (otherTotal !== result.total) otherNote = `  (${otherTotal.toLocaleString('en-GB')} matches on the other database)`;
      sides.push(() => appSearch(query.params, other.deps));
    }
    const [app, direct, otherApp] = (await timeTurns(sides)) as [Timing, Timing, Timing?];
    appP50s.push(app.p50);
    appP95s.push(app.p95);
    allApp.push(...app.samples);
    allDirect.push(...direct.samples);
    let otherColumns = '';
    if (otherApp) {
      otherP50s.push(otherApp.p50);
      allOther.push(...otherApp.samples);
      const ratio = app.p50 / otherApp.p50;
      if (ratio > 3) overThree.push(`${query.label} ${ratio.toFixed(2)}×`);
      otherColumns = `  ${ms(otherApp.p50)}  ${`${ratio.toFixed(2)}×`.padStart(7)}`;
    }
    console.log(
      `${query.label.padEnd(58)} ${result.total.toLocaleString('en-GB').padStart(9)} ${ms(app.p50)} ${ms(app.p95)} ${ms(direct.p50)} ${ms(direct.p95)}  ${`${(app.p50 / direct.p50).toFixed(2)}×`.padStart(9)}  ${ms(app.cpuMean)} ${ms(direct.cpuMean)}  ${`${(app.cpuMean / Math.max(direct.cpuMean, 0.01)).toFixed(2)}×`.padStart(9)}${otherColumns}${otherNote}`,
    );
  }
  const blank = ''.padStart(9);
  const versus = (mine: number, theirs: number) => (other ? `  ${ms(theirs)}  ${`${(mine / theirs).toFixed(2)}×`.padStart(7)}` : '');
  const medianP50 = percentile(appP50s, 50);
  console.log(`${`median of the ${queries.length} p50s / worst p95`.padEnd(58)} ${blank} ${ms(medianP50)} ${ms(Math.max(...appP95s))}${other ? `${''.padStart(57)}${versus(medianP50, percentile(otherP50s, 50))}` : ''}`);
  // Every timed run of every query together: how a search feels across this mix of queries.
  const pooled = percentile(allApp, 50);
  console.log(
    `${`all ${allApp.length} runs together: p50 / p95`.padEnd(58)} ${blank} ${ms(pooled)} ${ms(percentile(allApp, 95))} ${ms(percentile(allDirect, 50))} ${ms(percentile(allDirect, 95))}  ${`${(pooled / percentile(allDirect, 50)).toFixed(2)}×`.padStart(9)}${other ? `${''.padStart(24)}${versus(pooled, percentile(allOther, 50))}` : ''}`,
  );
  if (other) {
    console.log(`p50 within 3× of the other's: ${queries.length - overThree.length} of ${queries.length} searches${overThree.length > 0 ? `; over: ${overThree.join(', ')}` : ''}`);
  }
  console.log();
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
  let warm = false;
  for (const [label, params] of [['all questions', ''], ['search "support"', 'q=support']] as const) {
    const parsed = parseQuestionQuery(new URLSearchParams(params));
    if (!parsed.ok) throw new Error(parsed.message);
    const prepared = await prepareView(parsed.query, deps);
    if (!prepared.ok) throw new Error(prepared.message);
    // An export thread starts (tsx loads the sources) before anything is timed.
    if (!warm) for (const place of target.exportPlaces) await place.stream(prepared.view, 'csv', { origin: 'http://localhost', limit: 1 }).pipeTo(new WritableStream());
    warm = true;
    for (const format of ['csv', 'json'] as const) {
      for (const place of target.exportPlaces) {
        console.log(`${format.toUpperCase()} export of ${label}, ${EXPORT_ROWS.toLocaleString('en-GB')} rows (whole pipeline, from the route's ReadableStream; ${place.label})`);
        for (let round = 0; round < 3; round++) {
          const start = performance.now();
          const cpu = target.cpuMs();
          const reader = place.stream(prepared.view, format, { origin: 'http://localhost', limit: EXPORT_ROWS }).getReader();
          let bytes = 0;
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            bytes += value.byteLength;
          }
          const seconds = (performance.now() - start) / 1000;
          // CPU time of the whole process (every thread; on PostgreSQL the server's sessions too): on a shared
          // machine the fair comparison, since a thread at nice 19 waits for everyone else's work.
          const cpuSeconds = (target.cpuMs() - cpu) / 1000;
          const mib = bytes / 1024 ** 2;
          console.log(
            `  round ${round + 1}: ${Math.round(EXPORT_ROWS / seconds).toLocaleString('en-GB').padStart(7)} rows/s ${(mib / seconds).toFixed(1).padStart(5)} MiB/s (${mib.toFixed(0)} MiB in ${seconds.toFixed(2)} s); ${Math.round(EXPORT_ROWS / cpuSeconds).toLocaleString('en-GB').padStart(7)} rows per CPU-second (${cpuSeconds.toFixed(2)} s)`,
          );
        }
      }
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => Promise.all([target.close(), other?.close()]));
