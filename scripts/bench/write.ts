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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { formatDate, londonToday } from '../../lib/dates';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { deployMigrations } from '../../lib/migrations/commands';
import { questionPath } from '../../lib/routes';
import { htmlToPlainText, sanitizeAnswerHtml } from '../../lib/sanitize-html';
import { logAnswerSchema } from '../../lib/validation/answer-form';
import { logAnswerStep } from '../../server/answers/answer-writes';
import { createAccount } from '../../server/users/accounts';
import { executeStaffWrite } from '../../server/writes/execute-staff-write';

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

const ANSWER_HTML =
  '<p>The Ministry of Defence works closely with European allies on joint procurement.</p>' +
  '<ul><li>Bilateral discussions continue.</li><li>Further details will be published.</li></ul>' +
  '<table><tr><th>Year</th><th>Programmes</th></tr><tr><td>2025</td><td>3</td></tr></table>';

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const ms = (n: number) => (Number.isNaN(n) ? '   -  ' : `${n.toFixed(1).padStart(6)}`);

interface Target {
  id: number;
  path: string;
  dateTabled: Date;
  memberSlug: string;
}

/** Awaiting questions to answer, each with a member of its department to answer it (any member if none). */
function pickTargets(db: Database.Database, count: number): Target[] {
  const rows = db
    .prepare(
      `SELECT q.id, q.house, q.uin, q.dateTabled,
              (SELECT m.slug FROM MemberRole r JOIN Member m ON m.id = r.memberId WHERE r.departmentId = q.departmentId LIMIT 1) AS slug
         FROM Question q WHERE q.state = 'AWAITING' AND q.withdrawnAt IS NULL
        ORDER BY (q.id * 2654435761) % 1000003 LIMIT ?`,
    )
    .all(count) as { id: number; house: 'COMMONS' | 'LORDS'; uin: string; dateTabled: number; slug: string | null }[];
  const anyMember = (db.prepare('SELECT slug FROM Member LIMIT 1').get() as { slug: string }).slug;
  return rows.map((r) => {
    const dateTabled = new Date(r.dateTabled);
    return { id: r.id, path: questionPath({ house: r.house, dateTabled, uin: r.uin }), dateTabled, memberSlug: r.slug ?? anyMember };
  });
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

// ---- load: readers beside editors, over HTTP against the production server ----

const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within 3 minutes');
}

/** Server Action ids by `file#export`, from the build's manifest. */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return new Map(Object.entries(manifest.node).map(([id, e]) => [`${e.filename}#${e.exportedName}`, id]));
}

/** Calls a form's Server Action as React does: (previous state, FormData). */
async function callAction(url: string, actionId: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  // React's reply encoding: the FormData's entries as `_1_<name>` first, then the arguments as field 0,
  // which refers to them ($K1); the server reads the multipart body in order.
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append('0', '[{"status":"idle"},"$K1"]');
  return fetch(`${base}${url}`, { method: 'POST', body, redirect: 'manual', headers: { 'Next-Action': actionId, Accept: 'text/x-component', Origin: base, ...(cookie ? { Cookie: cookie } : {}) } });
}

const BENCH_EDITOR_PASSWORD = 'bench-editor-password';

async function ensureEditors(count: number): Promise<string[]> {
  const prisma = createPrismaClient(file);
  const emails: string[] = [];
  for (let i = 1; i <= count; i++) {
    const email = `bench-editor-${i}@bench.answerable.example`;
    emails.push(email);
    if (!(await prisma.user.findUnique({ where: { email } }))) {
      await prisma.$transaction((tx) => createAccount(tx, { email, name: `Bench Editor ${i}`, role: 'editor', password: BENCH_EDITOR_PASSWORD }, { id: null, name: 'bench:write' }));
    }
  }
  await prisma.$disconnect();
  return emails;
}

interface Phase {
  readers: number[];
  readerFailures: number;
  saves: number[];
  saveFailures: number;
  failureSamples: string[];
}

async function runPhase(seconds: number, readerCount: number, editors: { cookie: string }[], readPaths: string[], targets: Target[], logAnswerId: string): Promise<Phase> {
  const phase: Phase = { readers: [], readerFailures: 0, saves: [], saveFailures: 0, failureSamples: [] };
  const until = Date.now() + seconds * 1000;
  const fail = (what: string) => phase.failureSamples.length < 5 && phase.failureSamples.push(what);
  let next = 0;
  const reader = async (n: number) => {
    for (let i = n; Date.now() < until; i += readerCount) {
      const p = readPaths[i % readPaths.length]!;
      const started = performance.now();
      try {
        const response = await fetch(`${base}${p}`, { redirect: 'manual' });
        await response.arrayBuffer();
        phase.readers.push(performance.now() - started);
        if (response.status >= 400) {
          phase.readerFailures++;
          fail(`GET ${p}: ${response.status}`);
        }
      } catch (error) {
        phase.readerFailures++;
        fail(`GET ${p}: ${(error as Error).message}`);
      }
    }
  };
  const editor = async (e: { cookie: string }) => {
    const answeredOn = formatDate(londonToday());
    while (Date.now() < until) {
      const t = targets[next++ % targets.length]!;
      const started = performance.now();
      try {
        const response = await callAction(`${t.path}/answers/new`, logAnswerId, { questionId: String(t.id), kind: 'substantive', answeringMember: t.memberSlug, answeredOn, html: ANSWER_HTML }, e.cookie);
        const text = await response.text();
        phase.saves.push(performance.now() - started);
        // Saved: the action redirects to the new version (303 with the RSC redirect header).
        if (!(response.status === 303 || response.headers.get('x-action-redirect'))) {
          phase.saveFailures++;
          fail(`save ${t.path}: ${response.status} ${text.slice(0, 200)}`);
        }
      } catch (error) {
        phase.saveFailures++;
        fail(`save ${t.path}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all([...Array.from({ length: readerCount }, (_, n) => reader(n)), ...editors.map(editor)]);
  return phase;
}

async function benchLoad(): Promise<void> {
  const seconds = Number(values.duration);
  const readerCount = Number(values.readers);
  const editorCount = Number(values.editors);
  if (values.build || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const built = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) throw new Error('next build failed');
  }
  const emails = await ensureEditors(editorCount);
  const raw = new Database(file, { readonly: true });
  const targets = pickTargets(raw, 5000);
  const questionPages = targets.slice(4000, 4040).map((t) => t.path);
  raw.close();
  const readPaths = ['/', '/questions', '/questions?q=defence', '/questions?q=broadband+rural', '/members', '/departments', '/departments/ministry-of-defence', '/timeline', '/overdue', '/topics', ...questionPages];

  const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const, ...(values.workers ? { WEB_CONCURRENCY: values.workers } : {}), ...(values['no-cache'] ? { PAGE_CACHE_MB: '0' } : {}) };
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--host', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForServer(server);
    const ids = actionIds();
    const signInId = ids.get('server/actions/auth.ts#signIn');
    const logAnswerId = ids.get('server/actions/answers.ts#logAnswer');
    if (!signInId || !logAnswerId) throw new Error('the build has no signIn or logAnswer action: rebuild with --build');
    const editors: { cookie: string }[] = [];
    for (const email of emails) {
      const response = await callAction('/login', signInId, { email, password: BENCH_EDITOR_PASSWORD, next: '/' });
      const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      if (!cookie.includes('session_token')) throw new Error(`could not sign in ${email} (${response.status})`);
      editors.push({ cookie });
    }
    // Warm every page once (the first render of each route compiles nothing in production, but fills caches).
    for (const p of readPaths) await (await fetch(`${base}${p}`)).arrayBuffer();

    console.log(`\nPage loads by ${readerCount} readers, ${seconds} s each phase (${readPaths.length} pages in turn)`);
    const alone = await runPhase(seconds, readerCount, [], readPaths, targets.slice(0, 4000), logAnswerId);
    const busy = await runPhase(seconds, readerCount, editors, readPaths, targets.slice(0, 4000), logAnswerId);
    console.log('                                    loads    p50      p95      p99   failed');
    const row = (label: string, p: Phase) =>
      console.log(`  ${label.padEnd(32)} ${String(p.readers.length).padStart(6)}  ${ms(percentile(p.readers, 50))}   ${ms(percentile(p.readers, 95))}   ${ms(percentile(p.readers, 99))}   ${p.readerFailures}`);
    row('readers alone', alone);
    row(`readers + ${editorCount} editors saving`, busy);
    console.log(`  editors' saves: ${busy.saves.length} (${(busy.saves.length / seconds).toFixed(1)}/s), p50 ${ms(percentile(busy.saves, 50))} ms, p95 ${ms(percentile(busy.saves, 95))} ms, failed ${busy.saveFailures}`);
    const p99 = percentile(busy.readers, 99);
    console.log(`  target readers' p99 <= 300 ms with editors and no failures: ${p99 <= 300 && busy.readerFailures === 0 && busy.saveFailures === 0 ? 'met' : 'NOT met'}`);
    for (const s of [...alone.failureSamples, ...busy.failureSamples]) console.log(`  failure: ${s}`);
  } finally {
    server.kill('SIGTERM');
  }
}

async function main() {
  // The benchmark database may predate the latest migrations (and WAL): bring it up to date first.
  await deployMigrations({ dbPath: file, schemaPath: path.join(root, 'prisma', 'schema.prisma'), migrationsDir: path.join(root, 'prisma', 'migrations') });
  console.log(`Benchmark database: ${file}`);
  if (only.has('save')) await benchSave();
  if (only.has('load')) await benchLoad();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
