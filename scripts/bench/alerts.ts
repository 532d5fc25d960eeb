/**
 * npm run bench:alerts [-- --searches 10000 --answers 1000 --background 20000]
 * The alert-matching target (issue 11): 10,000 saved searches against a day's 1,000 new answers in ≤ 10 s.
 * Builds a temporary database (every migration applied), `--background` older questions already in the
 * search index, then 1,000 questions answered "today" by sync (each answer with its change-log entry),
 * and 10,000 distinct saved searches of the shapes readers save: words (some with a field or a prefix,
 * some excluded), a department, a member, a topic, a status, a House, a date range, alone and combined.
 * Times the matching step alone (server/alerts/outbox.ts: read the log, load the facts, match, write the
 * delivery rows and cursor) and prints seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDatabaseUrl } from '../../lib/db/database-url';
import { createPrismaClient } from '../../lib/db/prisma-client';
import { openSqlite } from '../../lib/db/sqlite-pragmas';
import { deployMigrations } from '../../lib/migrations/commands';
import { ASPECTS, PLACES, WORDS } from '../../lib/demo/vocabulary';
import { matchNewEvents, readCursor } from '../../server/alerts/outbox';

// Subject words: a real day's answers share their boilerplate and differ in a few subject words each,
// so texts are boilerplate plus subject words drawn from a vocabulary of ~2,000 (demo words and places).
const SUBJECTS = [...new Set([...WORDS, ...ASPECTS.flatMap((a) => a.split(' ')), ...PLACES.slice(0, 1800)].map((w) => w.toLowerCase()).filter((w) => /^[a-z]{4,}$/.test(w)))];
const BOILERPLATE = 'The Government is committed to working with partners and keeps this under review. Further details will be published in due course.';

// mulberry32: a small seeded generator with 32-bit integer arithmetic (a float LCG loses precision and cycles).
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

async function main() {
  const { values } = parseArgs({ options: { searches: { type: 'string', default: '10000' }, answers: { type: 'string', default: '1000' }, background: { type: 'string', default: '20000' } } });
  const searches = Number(values.searches);
  const answers = Number(values.answers);
  const background = Number(values.background);
  const root = path.resolve(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-bench-alerts-'));
  const file = path.join(dir, 'bench.db');
  try {
    await deployMigrations({ dbPath: file, schemaPath: path.join(root, 'prisma', 'schema.prisma'), migrationsDir: path.join(root, 'prisma', 'migrations') });
    const sql = openSqlite(file);
    const build = Date.now();
    sql.transaction(() => {
      for (let i = 1; i <= 5; i++) sql.prepare('INSERT INTO Party (id, name, abbreviation) VALUES (?, ?, ?)').run(i, `Party ${i}`, `P${i}`);
      for (let i = 1; i <= 25; i++) sql.prepare('INSERT INTO Department (id, name, shortName, slug) VALUES (?, ?, ?, ?)').run(i, `Department ${i}`, `D${i}`, `department-${i}`);
      for (let i = 1; i <= 650; i++) sql.prepare("INSERT INTO Member (id, displayName, listName, slug, house, partyId) VALUES (?, ?, ?, ?, 'COMMONS', ?)").run(i, `Member ${i}`, `${i}, Member`, `member-${i}`, (i % 5) + 1);
      for (let i = 1; i <= 100; i++) sql.prepare('INSERT INTO Topic (id, slug, name) VALUES (?, ?, ?)').run(i, `topic-${i}`, `Topic ${i}`);
      const insertQ = sql.prepare("INSERT INTO Question (id, house, uin, dateTabled, dateDue, askingMemberId, departmentId, heading, text, state, source, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING', 'PARLIAMENT', ?)");
      const insertT = sql.prepare('INSERT INTO QuestionTopic (questionId, topicId) VALUES (?, ?)');
      const day = (d: number) => Date.UTC(2025, 0, 1) + d * 86_400_000;
      const sentence = (n: number) => Array.from({ length: n }, () => pick(SUBJECTS)).join(' ');
      for (let id = 1; id <= background + answers; id++) {
        const tabled = id > background ? 300 : Math.floor(rand() * 290);
        insertQ.run(id, rand() < 0.8 ? 'COMMONS' : 'LORDS', String(id), day(tabled), day(tabled + 7), 1 + Math.floor(rand() * 650), 1 + Math.floor(rand() * 25), sentence(3), `To ask the Secretary of State what steps are being taken on ${sentence(4)}.`, Date.now());
        if (rand() < 0.5) insertT.run(id, 1 + Math.floor(rand() * 100));
      }
    })();
    // The sender starts from here: only what follows is new.
    sql.close();
    const db = createPrismaClient(file);
    await readCursor(db);
    const sqlAgain = openSqlite(file);
    sqlAgain.transaction(() => {
      const insertA = sqlAgain.prepare("INSERT INTO AnswerVersion (questionId, sequence, kind, answeringMemberId, answeredOn, textHtml, textPlain, source) VALUES (?, 1, 'SUBSTANTIVE', ?, ?, ?, ?, 'PARLIAMENT')");
      const log = sqlAgain.prepare("INSERT INTO ChangeLog (actor, entityType, entityId, action, at) VALUES ('sync', 'AnswerVersion', ?, 'create', ?)");
      for (let i = 0; i < answers; i++) {
        const qid = background + 1 + i;
        const text = `${BOILERPLATE} On ${Array.from({ length: 6 }, () => pick(SUBJECTS)).join(' and ')}, the Department has set out its plans.`;
        const a = insertA.run(qid, 1 + Math.floor(rand() * 650), Date.UTC(2025, 10, 1), `<p>${text}</p>`, text);
        sqlAgain.prepare("UPDATE Question SET state = 'ANSWERED', dateAnswered = ?, daysToAnswer = 5 WHERE id = ?").run(Date.UTC(2025, 10, 1), qid);
        log.run(a.lastInsertRowid, Date.now());
      }
      const insertU = sqlAgain.prepare("INSERT INTO User (id, name, email, emailVerified, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?)");
      const insertF = sqlAgain.prepare("INSERT INTO Follow (userId, kind, targetId, label, frequency) VALUES (?, 'search', ?, 'bench', ?)");
      const users = Math.ceil(searches / 10);
      for (let u = 1; u <= users; u++) insertU.run(`user-${u}`, `User ${u}`, `user${u}@example.org`, Date.now(), Date.now());
      const seen = new Set<string>();
      while (seen.size < searches) {
        const p = new URLSearchParams();
        const shape = rand();
        if (shape < 0.7) {
          const w = [pick(SUBJECTS), ...(rand() < 0.5 ? [pick(SUBJECTS)] : [])];
          let q = w.join(' ');
          if (rand() < 0.15) q = `heading:${w[0]}`;
          if (rand() < 0.1) q = `${w[0]!.slice(0, 4)}*`;
          if (rand() < 0.1) q = `"${w.join(' ')}"`;
          if (rand() < 0.1) q += ` -${pick(SUBJECTS)}`;
          p.set('q', q);
        }
        if (rand() < 0.4) p.set('department', `department-${1 + Math.floor(rand() * 25)}`);
        if (rand() < 0.15) p.set('member', `member-${1 + Math.floor(rand() * 650)}`);
        if (rand() < 0.2) p.set('topic', `topic-${1 + Math.floor(rand() * 100)}`);
        if (rand() < 0.1) p.set('status', pick(['answered', 'awaiting', 'overdue', 'holding']));
        if (rand() < 0.1) p.set('house', pick(['commons', 'lords']));
        if (rand() < 0.05) p.set('answeredFrom', '2025-10-01');
        if ([...p.keys()].length === 0) p.set('q', pick(SUBJECTS));
        const text = p.toString();
        if (seen.has(text)) continue;
        seen.add(text);
        insertF.run(`user-${1 + (seen.size % users)}`, text, rand() < 0.5 ? 'immediate' : 'daily');
      }
    })();
    sqlAgain.close();
    console.log(`Built in ${((Date.now() - build) / 1000).toFixed(1)} s: ${background + answers} questions, ${answers} new answers, ${searches} saved searches.`);
    const started = performance.now();
    const outcome = await matchNewEvents(db, { database: parseDatabaseUrl(file), today: new Date(Date.UTC(2025, 10, 1)) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Matched ${outcome.events} events against ${searches} saved searches: ${outcome.deliveries} deliveries in ${seconds.toFixed(2)} s (target ≤ 10 s)`);
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
