/**
 * npm run bench:write [-- --database-url file:bench-data/bench.db --saves 300 --duration 30 --readers 10 --editors 4
 *                        --port 3197 --workers N --build --only save|load]
 *
 * Staff writes at a million questions (BENCHMARKS.md), on the benchmark database (npm run bench:data):
 *
 *  save  Saving a substantive answer through the app's own write path (executeStaffWrite with the log-an-
 *        answer schema and step: validation, rules, sanitising, the version, the question's status, the
 *        search index's triggers, two history entries, one transaction taking the write lock first),
 *        timed turn about with the fastest direct formulation of the same write: statements prepared once
 *        (sanitise the same way, insert the version, update the status columns, one history row) in one
 *        transaction under the write lock (SQLite: better-sqlite3, IMMEDIATE; PostgreSQL: node-postgres,
 *        the app's advisory lock; bench-write-target.ts). Target: the app's p95 <= 50 ms.
 *  load  The production server (scripts/serve.ts, one process per core) under `readers` connections
 *        loading pages for `duration` seconds, first alone, then while `editors` signed-in editors save
 *        answers continuously through the log-an-answer Server Action over HTTP. Prints the readers'
 *        p50/p95/p99 and failures side by side. Target: readers' p99 <= 300 ms with the editors, no request fails.
 *
 * `--database-url` names the benchmark database as DATABASE_URL would (default SQLite's
 * bench-data/bench.db; a postgres:// URL for PostgreSQL). Every save adds an answer version to an
 * awaiting demo question of the benchmark database (and the history): run bench:data again for a
 * pristine one. Talks only to 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDate, londonToday } from '../../lib/dates';
import { databaseLabel, parseDatabaseUrl } from '../../lib/db/database-url';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { deployMigrations, migrationPaths } from '../../lib/migrations/commands';
import { projectLayout } from '../../lib/migrations/layout';
import { logAnswerSchema } from '../../lib/validation/answer-form';
import { logAnswerStep } from '../../server/answers/answer-writes';
import { executeStaffWrite } from '../../server/writes/execute-staff-write';
import { openBenchWrite } from './bench-write-target';
import { ANSWER_HTML, ms, percentile } from './write-common';
import { benchLoad } from './write-load';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    db: { type: 'string', default: 'bench-data/bench.db' },
    saves: { type: 'string', default: '300' },
    duration: { type: 'string', default: '30' },
    readers: { type: 'string', default: '10' },
    editors: { type: 'string', default: '4' },
    port: { type: 'string', default: '3197' },
    workers: { type: 'string' },
    build: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    only: { type: 'string', default: 'save,load' },
  },
});
const root = path.resolve(import.meta.dirname, '..', '..');
const target = parseDatabaseUrl(values['database-url'] ?? values.db);
const only = new Set(values.only!.split(','));
if (target.dialect === 'sqlite' && !existsSync(target.file)) {
  const file = target.file;
  console.error(`No benchmark database at ${file}: run npm run bench:data -- --questions 1000000 first.`);
  process.exit(1);
}

const editorUser = { id: 'bench-editor', name: 'Bench Editor', email: 'bench@example.org', role: 'editor' as const };

async function benchSave(): Promise<void> {
  const saves = Number(values.saves);
  const prisma = createPrismaClient(target);
  const bench = openBenchWrite(target);
  const targets = await bench.pickTargets(saves * 2 + 10);
  const answeredOn = formatDate(londonToday());

  const app: number[] = [];
  const hand: number[] = [];
  const failures: string[] = [];
  const warm = targets.splice(0, 10);
  for (const t of warm.slice(0, 5)) await executeStaffWrite(prisma, { role: 'editor', schema: logAnswerSchema, run: logAnswerStep }, { questionId: String(t.id), kind: 'substantive', answeringMember: t.memberSlug, answeredOn, html: ANSWER_HTML }, editorUser);
  for (const t of warm.slice(5)) await bench.directSave(t);
  for (let i = 0; i < saves; i++) {
    const a = targets[2 * i]!;
    const b = targets[2 * i + 1]!;
    let started = performance.now();
    const result = await executeStaffWrite(prisma, { role: 'editor', schema: logAnswerSchema, run: logAnswerStep }, { questionId: String(a.id), kind: 'substantive', answeringMember: a.memberSlug, answeredOn, html: ANSWER_HTML }, editorUser);
    app.push(performance.now() - started);
    if (result.state.status !== 'ok') failures.push(`${a.path}: ${result.state.message} ${JSON.stringify(result.state.fieldErrors ?? {})}`);
    started = performance.now();
    await bench.directSave(b);
    hand.push(performance.now() - started);
  }
  await prisma.$disconnect();
  await bench.close();
  console.log(`\nSaving a substantive answer (${saves} saves each, turn about)`);
  console.log('                         p50      p95      p99      max');
  console.log(`  app (executeStaffWrite) ${ms(percentile(app, 50))}   ${ms(percentile(app, 95))}   ${ms(percentile(app, 99))}   ${ms(Math.max(...app))}  ms`);
  console.log(`  direct (${bench.directName})`.padEnd(25) + ` ${ms(percentile(hand, 50))}   ${ms(percentile(hand, 95))}   ${ms(percentile(hand, 99))}   ${ms(Math.max(...hand))}  ms`);
  console.log(`  ratio app/direct p95: ${(percentile(app, 95) / percentile(hand, 95)).toFixed(1)}×; target app p95 <= 50 ms: ${percentile(app, 95) <= 50 ? 'met' : 'NOT met'}`);
  if (failures.length) console.log(`  ${failures.length} app saves refused, e.g. ${failures[0]}`);
}

async function main() {
  // The benchmark database may predate the latest migrations (and WAL): bring it up to date first.
  await deployMigrations(migrationPaths(projectLayout(), target));
  console.log(`Benchmark database: ${databaseLabel(target)}`);
  if (only.has('save')) await benchSave();
  if (only.has('load')) {
    await benchLoad({
      root, target, port: Number(values.port), seconds: Number(values.duration), readers: Number(values.readers), editors: Number(values.editors),
      workers: values.workers, build: values.build!, noCache: values['no-cache']!,
    });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
