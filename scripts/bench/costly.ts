/**
 * npm run bench:costly [-- --db bench-data/bench.db --deadline-ms 2000 --only <label text>]
 *
 * The costliest searches a reader can type, on the benchmark database, through the /questions page's
 * data function (loadQuestionsView: caps, then the search): each once on a search connection without
 * a deadline and once with one (SEARCH_DEADLINE_MS), after a warm-up. Prints the CPU time of the
 * process (process.cpuUsage: this thread and the count worker's, so a busy shared machine does not
 * inflate it as it does wall time), the wall time, and what the reader got: the match count, 400
 * (refused by the caps, before any search work) or 503 (stopped at the deadline). See BENCHMARKS.md,
 * "Costly searches".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEARCH_DEADLINE_MS } from '../../lib/search/search-settings';
import { loadQuestionsView } from '../../server/search/questions-view';
import { sqliteNameResolver } from '../../server/search/sqlite/sqlite-names';
import { SqliteQuestionSearch } from '../../server/search/sqlite/sqlite-search';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'bench-data/bench.db' },
    'deadline-ms': { type: 'string', default: String(DEFAULT_SEARCH_DEADLINE_MS) },
    only: { type: 'string' },
  },
});
const file = path.resolve(values.db!);
if (!existsSync(file)) {
  console.error(`No benchmark database at ${file}: run npm run bench:data -- --questions 1000000 first.`);
  process.exit(1);
}
const deadlineMs = Number(values['deadline-ms']);

// Common three-letter word starts of the demo vocabulary (each expands to 1–25 indexed words).
const STARTS = ['pro', 'con', 'dep', 'gov', 'min', 'sec', 'sta', 'ass', 'rep', 'inv', 'fun', 'sup', 'pol', 'ser', 'com', 'per', 'pub', 'par', 'nat', 'int', 'dev', 'man', 'tra', 'res', 'reg', 'inf', 'cou', 'edu', 'hea', 'hou', 'loc', 'emp'];
const COMMON = ['support', 'government', 'department', 'minister', 'assessment', 'steps', 'secretary', 'state', 'funding', 'services', 'public', 'local', 'national', 'plans', 'policy', 'impact', 'people', 'access', 'data', 'number', 'england', 'provide', 'make', 'take', 'what', 'will', 'has', 'her', 'his', 'the', 'for', 'and'];
const or = (terms: string[]) => terms.join(' OR ');
const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra ? `&${extra}` : ''}`;

const SEARCHES: [string, string][] = [
  ['32 word starts OR’d (the issue’s search)', q(or(STARTS.map((s) => `${s}*`)))],
  ['8 word starts OR’d (the cap)', q(or(STARTS.slice(0, 8).map((s) => `${s}*`)))],
  ['8 word starts OR’d, sorted by asking member', q(or(STARTS.slice(0, 8).map((s) => `${s}*`)), 'sort=member')],
  ['8 word starts OR’d, sorted by member, page 39,000', q(or(STARTS.slice(0, 8).map((s) => `${s}*`)), 'sort=member&page=39000&size=25')],
  ['8 word starts and 24 common words OR’d (32 terms)', q(or([...STARTS.slice(0, 8).map((s) => `${s}*`), ...COMMON.slice(0, 24)]))],
  ['32 common words OR’d', q(or(COMMON))],
  ['32 common words AND’d', q(COMMON.join(' '))],
  ['16 common two-word phrases OR’d', q(or(Array.from({ length: 16 }, (_, i) => `"${COMMON[2 * i]} ${COMMON[2 * i + 1]}"`)))],
  ['"support", sorted by asking member, page 29,000', q('support', 'sort=member&page=29000&size=25')],
  ['no words, sorted by asking member, page 39,000', 'sort=member&page=39000&size=25'],
  ['no words, sorted by status, page 39,000', 'sort=status&page=39000&size=25'],
];

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function run(backend: SqliteQuestionSearch, params: string): Promise<{ cpu: number; wall: number; outcome: string }> {
  const deps = { backend, names: sqliteNameResolver(backend.db) };
  const raw = Object.fromEntries(new URLSearchParams(params));
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const loaded = await loadQuestionsView(raw, deps);
  const cpu = cpuMs(cpu0);
  const wall = performance.now() - wall0;
  const outcome = loaded.ok ? `${loaded.view.result.total.toLocaleString('en-GB')} matches` : `${loaded.status}: ${loaded.problems.join(' ').slice(0, 60)}…`;
  return { cpu, wall, outcome };
}

async function main() {
  const free = new SqliteQuestionSearch(file);
  const limited = new SqliteQuestionSearch(file, { deadlineMs });
  console.log(`Costly searches on ${file}; CPU and wall ms without a deadline, then with SEARCH_DEADLINE_MS=${deadlineMs}\n`);
  console.log(`${'search'.padEnd(54)} ${'no deadline: cpu'.padStart(16)} ${'wall'.padStart(7)}  ${'deadline: cpu'.padStart(13)} ${'wall'.padStart(7)}  what the reader gets`);
  const searches = values.only ? SEARCHES.filter(([label]) => label.includes(values.only!)) : SEARCHES;
  for (const [label, params] of searches) {
    await run(free, params); // warm the page cache and the statement cache
    const before = await run(free, params);
    await run(limited, params);
    const after = await run(limited, params);
    const n = (x: number) => x.toFixed(0).padStart(7);
    console.log(`${label.padEnd(54)} ${n(before.cpu).padStart(16)} ${n(before.wall)}  ${n(after.cpu).padStart(13)} ${n(after.wall)}  ${after.outcome}`);
  }
  free.close();
  limited.close();
}

void main();
