/**
 * npm run bench:data -- --questions 1000000 [--database-url file:bench-data/bench.db | postgres://…]
 *                        [--seed answerable-demo --today 2026-11-29]
 *
 * Builds the benchmark database from nothing, on either database (`--database-url` as DATABASE_URL
 * reads it; the default is SQLite's bench-data/bench.db): the migrations, the seed case, then the demo
 * generator (lib/demo) at the requested size, written through the app's real schema and search
 * triggers; then the dialect's after-load maintenance (SQLite: FTS5 optimize and ANALYZE; PostgreSQL:
 * VACUUM ANALYZE). The same seed and `--today` give the same data on both, for side-by-side figures.
 * A PostgreSQL database is dropped and created again. Prints the time each step took.
 */
import { parseArgs } from 'node:util';
import { databaseLabel, parseDatabaseUrl } from '../../lib/db/database-url';
import { databaseDialect } from '../../lib/db/dialect';
import { DEFAULT_DEMO_SEED, generateDemoData } from '../../lib/demo/write-demo-data';
import { deployMigrations, migrationPaths } from '../../lib/migrations/commands';
import { projectLayout } from '../../lib/migrations/layout';
import { loadSeedCase } from '../../server/seed/seed-case';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '1000000' },
    'database-url': { type: 'string' },
    db: { type: 'string', default: 'bench-data/bench.db' },
    seed: { type: 'string', default: DEFAULT_DEMO_SEED },
    today: { type: 'string' },
  },
});
const questions = Number(values.questions);

async function main() {
  if (!Number.isInteger(questions) || questions < 1) throw new Error('--questions must be a whole number, e.g. --questions 1000000');
  const today = values.today === undefined ? undefined : new Date(`${values.today}T00:00:00Z`);
  if (today && Number.isNaN(today.getTime())) throw new Error('--today must be a date, e.g. --today 2026-11-29');
  const database = databaseDialect(parseDatabaseUrl(values['database-url'] ?? values.db));
  const label = databaseLabel(database.target);
  await database.recreate();
  const started = performance.now();
  const step = (text: string) => console.log(`${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  await deployMigrations(migrationPaths(projectLayout(), database.target));
  step(`Migrated ${label}`);
  const prisma = database.createPrismaClient();
  try {
    await loadSeedCase(prisma);
    step('Seed case loaded');
    let lastReport = 0;
    const summary = await generateDemoData(prisma, {
      questions,
      seed: values.seed,
      today,
      onProgress: ({ questions: done, total, elapsedMs }) => {
        if (done - lastReport >= 50_000 || done === total) {
          lastReport = done;
          console.log(`  ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} questions, ${Math.round(done / (elapsedMs / 1000)).toLocaleString('en-GB')} a second`);
        }
      },
    });
    step(`Generated ${summary.questions.toLocaleString('en-GB')} questions, ${summary.answers.toLocaleString('en-GB')} answer versions, ${summary.meetings} meetings, ${summary.coverage} articles`);
    await database.bulkLoader.optimize(prisma);
    step('Indexes optimized, statistics gathered');
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
