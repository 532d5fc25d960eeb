/**
 * npm run bench:data -- --questions 1000000 [--db bench-data/bench.db --seed answerable-demo]
 *
 * Builds the benchmark database from nothing: the migrations, the seed case, then the demo generator
 * (lib/demo) at the requested size, written through the app's real schema and search triggers; then
 * optimizes the search index as after any bulk load. Prints the time each step took.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { DEFAULT_DEMO_SEED, generateDemoData } from '../../lib/demo/write-demo-data';
import { deployMigrations } from '../../lib/migrations/commands';
import { optimizeQuestionSearch } from '../../server/search/sqlite-optimize';
import { loadSeedCase } from '../../server/seed/seed-case';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '1000000' },
    db: { type: 'string', default: 'bench-data/bench.db' },
    seed: { type: 'string', default: DEFAULT_DEMO_SEED },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const file = path.resolve(values.db!);
const questions = Number(values.questions);

async function main() {
  if (!Number.isInteger(questions) || questions < 1) throw new Error('--questions must be a whole number, e.g. --questions 1000000');
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  const started = performance.now();
  const step = (label: string) => console.log(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  await deployMigrations({ dbPath: file, schemaPath: path.join(root, 'prisma', 'schema.prisma'), migrationsDir: path.join(root, 'prisma', 'migrations') });
  step(`Migrated ${file}`);
  const prisma = createPrismaClient(file);
  try {
    await loadSeedCase(prisma);
    step('Seed case loaded');
    let lastReport = 0;
    const summary = await generateDemoData(prisma, {
      questions,
      seed: values.seed,
      onProgress: ({ questions: done, total, elapsedMs }) => {
        if (done - lastReport >= 50_000 || done === total) {
          lastReport = done;
          console.log(`  ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} questions, ${Math.round(done / (elapsedMs / 1000)).toLocaleString('en-GB')} a second`);
        }
      },
    });
    step(`Generated ${summary.questions.toLocaleString('en-GB')} questions, ${summary.answers.toLocaleString('en-GB')} answer versions, ${summary.meetings} meetings, ${summary.coverage} articles`);
  } finally {
    await prisma.$disconnect();
  }
  optimizeQuestionSearch(file);
  step('Search index optimized, statistics gathered');
  console.log(`Database size: ${(statSync(file).size / 1024 ** 3).toFixed(2)} GiB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
