/**
 * npm run bench:api [-- --db bench-data/bench.db --runs 15 --queries support]
 *
 * On the benchmark database (npm run bench:data; a million questions), times each fixed search
 * (queries.ts) two ways, turn about: GET /api/v1/questions?<search>&limit=25 through the route handler
 * itself (parameters, rate limit, search, every row parsed through the zod schema, JSON, ETag), and
 * the same view through the /questions page's data function (loadQuestionsView, 25 rows). Prints p50
 * and p95 side by side and the p95 ratio; the target is the API within 1.2× of the page. Figures, not
 * pass/fail: see BENCHMARKS.md ("JSON API").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_QUERIES } from './queries';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'bench-data/bench.db' }, runs: { type: 'string', default: '15' }, queries: { type: 'string' } },
});
const file = path.resolve(values.db!);
const runs = Number(values.runs);
if (!existsSync(file)) {
  console.error(`No benchmark database at ${file}: run npm run bench:data -- --questions 1000000 first.`);
  process.exit(1);
}
// The handler and the page read the app's database (server/db.ts, server/search/search-deps.ts); the
// limit is on, high enough never to refuse, so its cost is counted.
process.env.DATABASE_URL = `file:${file}`;
process.env.API_RATE_LIMIT = '1000000';

const percentile = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]!;
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`.padStart(10);

async function main() {
  const { GET } = await import('../../app/api/v1/questions/route');
  const { loadQuestionsView } = await import('../../server/search/questions-view');
  const { questionSearchDeps } = await import('../../server/search/search-deps');
  const deps = questionSearchDeps();

  const api = async (params: string) => {
    const response = await GET(new Request(`http://localhost/api/v1/questions?${params}&limit=25`), { params: Promise.resolve({}) });
    if (response.status !== 200) throw new Error(`API answered ${response.status}: ${await response.text()}`);
    return response.text(); // the whole body, as a client receives it
  };
  const page = async (params: string) => {
    const raw = Object.fromEntries(new URLSearchParams(`${params}&size=25`));
    const loaded = await loadQuestionsView(raw, deps);
    if (!loaded.ok) throw new Error(loaded.problems.join(' '));
    return loaded.view.result;
  };

  const queries = values.queries ? BENCH_QUERIES.filter((q) => q.label.includes(values.queries!)) : BENCH_QUERIES;
  console.log(`Benchmark database: ${file}, ${runs} timed runs of each side per query (alternating)\n`);
  console.log(`${'search'.padEnd(52)} ${'matches'.padStart(9)} ${'API p50'.padStart(10)} ${'page p50'.padStart(10)} ${'API p95'.padStart(10)} ${'page p95'.padStart(10)}  p50 ratio  p95 ratio`);
  const all: [number[], number[]] = [[], []];
  for (const query of queries) {
    const [apiResult, pageResult] = [JSON.parse(await api(query.params)) as { total: number }, await page(query.params)];
    if (apiResult.total !== pageResult.total) throw new Error(`${query.label}: the API counted ${apiResult.total}, the page ${pageResult.total}`);
    for (let i = 0; i < 2; i++) await Promise.all([api(query.params), page(query.params)]); // warm both
    const samples: [number[], number[]] = [[], []];
    for (let i = 0; i < runs; i++) {
      for (const [side, run] of [api, page].entries()) {
        const start = performance.now();
        await run(query.params);
        samples[side]!.push(performance.now() - start);
      }
    }
    all[0].push(...samples[0]);
    all[1].push(...samples[1]);
    const ratio = percentile(samples[0], 95) / percentile(samples[1], 95);
    console.log(
      `${query.label.padEnd(52)} ${pageResult.total.toLocaleString('en-GB').padStart(9)} ${ms(percentile(samples[0], 50))} ${ms(percentile(samples[1], 50))} ${ms(percentile(samples[0], 95))} ${ms(percentile(samples[1], 95))}  ${(percentile(samples[0], 50) / percentile(samples[1], 50)).toFixed(2).padStart(8)}×  ${ratio.toFixed(2).padStart(8)}×`,
    );
  }
  console.log(
    `${`all ${all[0].length} runs of each together`.padEnd(52)} ${''.padStart(9)} ${ms(percentile(all[0], 50))} ${ms(percentile(all[1], 50))} ${ms(percentile(all[0], 95))} ${ms(percentile(all[1], 95))}  ${(percentile(all[0], 50) / percentile(all[1], 50)).toFixed(2).padStart(8)}×  ${(percentile(all[0], 95) / percentile(all[1], 95)).toFixed(2).padStart(8)}×`,
  );
  console.log(`target: the API's p95 within 1.2× of the page's (pooled: the line above; per query, p95 of ${runs} runs is close to their maximum and wobbles with the machine)`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
