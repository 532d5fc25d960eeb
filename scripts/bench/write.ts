/**
 * npm run bench:write [-- --db bench-data/bench.db --saves 300 --duration 30 --readers 10 --editors 4
 *                        --port 3197 --workers N --build --only save|load]
 *
 * Staff writes at a million questions (BENCHMARKS.md), on the benchmark database (npm run bench:data):
 *
 *  save  Saving a substantive answer through the app's own write path (executeStaffWrite with the log-an-
 *        answer schema and step: validation, rules, sanitising, the version, the question's status, the
 *        search index's triggers, two history entries, one transaction taking the write lock first),
 *        timed turn about with the fastest direct formulation of the same write: better-sqlite3 statements
 *        prepared once (sanitise the same way, insert the version, update the status columns, one history
 *        row) in one IMMEDIATE transaction. Target: the app's p95 <= 50 ms.
 *  load  The production server (scripts/serve.ts, one process per core) under `readers` connections
 *        loading pages for `duration` seconds, first alone, then while `editors` signed-in editors save
 *        answers continuously through the log-an-answer Server Action over HTTP. Prints the readers'
 *        p50/p95/p99 and failures side by side. Target: readers' p99 <= 300 ms with the editors, no request fails.
 *
 * Every save adds an answer version to an awaiting demo question of the benchmark database (and the
 * history): run bench:data again for a pristine one. Talks only to 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { formatDate, londonToday } from '../../lib/dates';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { deployMigrations } from '../../lib/migrations/commands';
import { htmlToPlainText, sanitizeAnswerHtml } from '../../lib/sanitize-html';
import { logAnswerSchema } from '../../lib/validation/answer-form';
import { logAnswerStep } from '../../server/answers/answer-writes';
import { executeStaffWrite } from '../../server/writes/execute-staff-write';
import { ANSWER_HTML, ms, percentile, pickTargets, type Target } from './write-common';
import { benchLoad } from './write-load';

const { values } = parseArgs({
  options: {
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
const file = path.resolve(values.db!);
const only = new Set(values.only!.split(','));
if (!existsSync(file)) {
  console.error(`No benchmark database at ${file}: run npm run bench:data -- --questions 1000000 first.`);
  process.exit(1);
}

const editorUser = { id: 'bench-editor', name: 'Bench Editor', email: 'bench@example.org', role: 'editor' as const };

async function benchSave(): Promise<void> {
  const saves = Number(values.saves);
  const prisma = createPrismaClient(file);
  const raw = new Database(file, { timeout: 5000 });
  raw.pragma('journal_mode = WAL');
  const targets = pickTargets(raw, saves * 2 + 10);
  const answeredOn = formatDate(londonToday());

  // The direct formulation: the same write, by hand, with statements prepared once.
  const memberId = raw.prepare('SELECT id FROM Member WHERE slug = ?');
  const nextSeq = raw.prepare('SELECT coalesce(max(sequence), 0) + 1 AS n FROM AnswerVersion WHERE questionId = ?');
  const insertVersion = raw.prepare(
    `INSERT INTO AnswerVersion (questionId, sequence, kind, answeringMemberId, answeredOn, textHtml, textPlain, source, createdAt) VALUES (?, ?, 'SUBSTANTIVE', ?, ?, ?, ?, 'STAFF', ?)`,
  );
  const updateQuestion = raw.prepare(`UPDATE Question SET state = 'ANSWERED', dateAnswered = ?, daysToAnswer = ?, updatedAt = ? WHERE id = ?`);
  const insertLog = raw.prepare(`INSERT INTO ChangeLog (at, actor, actorId, entityType, entityId, action, summary, after) VALUES (?, 'Bench Editor', 'bench-editor', 'AnswerVersion', ?, 'create', 'bench', ?)`);
  const direct = raw.transaction((t: Target) => {
    const html = sanitizeAnswerHtml(ANSWER_HTML);
    const plain = htmlToPlainText(html);
    const now = Date.now();
    const today = londonToday().getTime();
    const member = (memberId.get(t.memberSlug) as { id: number }).id;
    const seq = (nextSeq.get(t.id) as { n: number }).n;
    const version = insertVersion.run(t.id, seq, member, today, html, plain, now).lastInsertRowid;
    updateQuestion.run(today, Math.round((today - t.dateTabled.getTime()) / 86_400_000), now, t.id);
    insertLog.run(now, String(version), JSON.stringify({ html, plain }));
  });

  const app: number[] = [];
  const hand: number[] = [];
  const failures: string[] = [];
  const warm = targets.splice(0, 10);
  for (const t of warm.slice(0, 5)) await executeStaffWrite(prisma, { role: 'editor', schema: logAnswerSchema, run: logAnswerStep }, { questionId: String(t.id), kind: 'substantive', answeringMember: t.memberSlug, answeredOn, html: ANSWER_HTML }, editorUser);
  for (const t of warm.slice(5)) direct.immediate(t);
  for (let i = 0; i < saves; i++) {
    const a = targets[2 * i]!;
    const b = targets[2 * i + 1]!;
    let started = performance.now();
    const result = await executeStaffWrite(prisma, { role: 'editor', schema: logAnswerSchema, run: logAnswerStep }, { questionId: String(a.id), kind: 'substantive', answeringMember: a.memberSlug, answeredOn, html: ANSWER_HTML }, editorUser);
    app.push(performance.now() - started);
    if (result.state.status !== 'ok') failures.push(`${a.path}: ${result.state.message} ${JSON.stringify(result.state.fieldErrors ?? {})}`);
    started = performance.now();
    direct.immediate(b);
    hand.push(performance.now() - started);
  }
  await prisma.$disconnect();
  raw.close();
  console.log(`\nSaving a substantive answer (${saves} saves each, turn about)`);
  console.log('                         p50      p95      p99      max');
  console.log(`  app (executeStaffWrite) ${ms(percentile(app, 50))}   ${ms(percentile(app, 95))}   ${ms(percentile(app, 99))}   ${ms(Math.max(...app))}  ms`);
  console.log(`  direct (better-sqlite3) ${ms(percentile(hand, 50))}   ${ms(percentile(hand, 95))}   ${ms(percentile(hand, 99))}   ${ms(Math.max(...hand))}  ms`);
  console.log(`  ratio app/direct p95: ${(percentile(app, 95) / percentile(hand, 95)).toFixed(1)}×; target app p95 <= 50 ms: ${percentile(app, 95) <= 50 ? 'met' : 'NOT met'}`);
  if (failures.length) console.log(`  ${failures.length} app saves refused, e.g. ${failures[0]}`);
}

async function main() {
  // The benchmark database may predate the latest migrations (and WAL): bring it up to date first.
  await deployMigrations({ dbPath: file, schemaPath: path.join(root, 'prisma', 'schema.prisma'), migrationsDir: path.join(root, 'prisma', 'migrations') });
  console.log(`Benchmark database: ${file}`);
  if (only.has('save')) await benchSave();
  if (only.has('load')) {
    await benchLoad({
      root, file, port: Number(values.port), seconds: Number(values.duration), readers: Number(values.readers), editors: Number(values.editors),
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
