/**
 * npm run bench:alerts [-- --searches 10000 --answers 1000 --background 20000 --database-url postgres://…/postgres]
 * The alert-matching target (issue 11): 10,000 saved searches against a day's 1,000 new answers in ≤ 10 s.
 * Builds a temporary database (every migration applied: a SQLite file, or with `--database-url
 * postgres://…` a database created on that server and dropped afterwards), written through Prisma as
 * the app writes, `--background` older questions already in the
 * search index, then 1,000 questions answered "today" by sync (each answer with its change-log entry),
 * and 10,000 distinct saved searches of the shapes readers save: words (some with a field or a prefix,
 * some excluded), a department, a member, a topic, a status, a House, a date range, alone and combined.
 * Times the matching step alone (server/alerts/outbox.ts: read the log, load the facts, match, write the
 * delivery rows and cursor) and prints seconds.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseLabel, parseDatabaseUrl, type DatabaseTarget } from '../../lib/db/database-url';
import { dropDatabase } from '../../lib/db/postgres/postgres-drop-database';
import { createPrismaClient, type PrismaClient } from '../../lib/db/prisma-client';
import { deployMigrations, migrationPaths } from '../../lib/migrations/commands';
import { projectLayout } from '../../lib/migrations/layout';
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

const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000);
const sentence = (n: number) => Array.from({ length: n }, () => pick(SUBJECTS)).join(' ');

/** In slices, so no statement passes a database's limit on bound values. */
async function inSlices<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>, size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Members, departments, topics and the older questions (already in the search index before the run). */
async function buildBackground(db: PrismaClient, background: number, answers: number): Promise<void> {
  await db.party.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ id: i + 1, name: `Party ${i + 1}`, abbreviation: `P${i + 1}` })) });
  await db.department.createMany({ data: Array.from({ length: 25 }, (_, i) => ({ id: i + 1, name: `Department ${i + 1}`, shortName: `D${i + 1}`, slug: `department-${i + 1}` })) });
  await db.member.createMany({ data: Array.from({ length: 650 }, (_, i) => ({ id: i + 1, displayName: `Member ${i + 1}`, listName: `${i + 1}, Member`, slug: `member-${i + 1}`, house: 'COMMONS' as const, partyId: ((i + 1) % 5) + 1 })) });
  await db.topic.createMany({ data: Array.from({ length: 100 }, (_, i) => ({ id: i + 1, slug: `topic-${i + 1}`, name: `Topic ${i + 1}` })) });
  const questions = [];
  const topics = [];
  for (let id = 1; id <= background + answers; id++) {
    const tabled = id > background ? 300 : Math.floor(rand() * 290);
    const house = rand() < 0.8 ? ('COMMONS' as const) : ('LORDS' as const);
    const askingMemberId = 1 + Math.floor(rand() * 650);
    const departmentId = 1 + Math.floor(rand() * 25);
    const heading = sentence(3);
    const text = `To ask the Secretary of State what steps are being taken on ${sentence(4)}.`;
    questions.push({ id, house, uin: String(id), dateTabled: day(tabled), dateDue: day(tabled + 7), askingMemberId, departmentId, heading, text, state: 'AWAITING' as const, source: 'PARLIAMENT' as const });
    if (rand() < 0.5) topics.push({ questionId: id, topicId: 1 + Math.floor(rand() * 100) });
  }
  await inSlices(questions, (data) => db.question.createMany({ data }));
  await inSlices(topics, (data) => db.questionTopic.createMany({ data }));
}

/** "Today": the answers (each with its change-log entry, as sync writes them), the readers and their saved searches. */
async function buildToday(db: PrismaClient, background: number, answers: number, searches: number): Promise<void> {
  const answered = new Date(Date.UTC(2025, 10, 1));
  const versions = [];
  for (let i = 0; i < answers; i++) {
    const text = `${BOILERPLATE} On ${Array.from({ length: 6 }, () => pick(SUBJECTS)).join(' and ')}, the Department has set out its plans.`;
    versions.push({ id: i + 1, questionId: background + 1 + i, sequence: 1, kind: 'SUBSTANTIVE' as const, answeringMemberId: 1 + Math.floor(rand() * 650), answeredOn: answered, textHtml: `<p>${text}</p>`, textPlain: text, source: 'PARLIAMENT' as const });
  }
  await inSlices(versions, (data) => db.answerVersion.createMany({ data }));
  await db.question.updateMany({ where: { id: { gt: background } }, data: { state: 'ANSWERED', dateAnswered: answered, daysToAnswer: 5 } });
  await inSlices(versions, (slice) => db.changeLog.createMany({ data: slice.map((v) => ({ actor: 'sync', entityType: 'AnswerVersion', entityId: String(v.id), action: 'create' })) }));
  const users = Math.ceil(searches / 10);
  await inSlices(Array.from({ length: users }, (_, u) => ({ id: `user-${u + 1}`, name: `User ${u + 1}`, email: `user${u + 1}@example.org`, emailVerified: true })), (data) => db.user.createMany({ data }));
  const follows = [];
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
    follows.push({ userId: `user-${1 + (seen.size % users)}`, kind: 'search', targetId: text, label: 'bench', frequency: rand() < 0.5 ? 'immediate' : 'daily' });
  }
  await inSlices(follows, (data) => db.follow.createMany({ data }));
}

/** A temporary database for the run: a SQLite file, or a database created on the PostgreSQL server `serverUrl` names. */
async function temporaryDatabase(serverUrl: string | undefined): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (!serverUrl || !/^postgres(ql)?:\/\//i.test(serverUrl)) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'answerable-bench-alerts-'));
    return { target: parseDatabaseUrl(path.join(dir, 'bench.db')), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `answerable_bench_alerts_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string | ((client: pg.Client) => Promise<void>)) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      if (typeof sql === 'string') await client.query(sql);
      else await sql(client);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { target: parseDatabaseUrl(url.toString()), drop: () => admin((client) => dropDatabase(client, name)) };
}

async function main() {
  const { values } = parseArgs({ options: { searches: { type: 'string', default: '10000' }, answers: { type: 'string', default: '1000' }, background: { type: 'string', default: '20000' }, 'database-url': { type: 'string' } } });
  const searches = Number(values.searches);
  const answers = Number(values.answers);
  const background = Number(values.background);
  const { target, drop } = await temporaryDatabase(values['database-url']);
  try {
    await deployMigrations(migrationPaths(projectLayout(), target));
    const db = createPrismaClient(target);
    const build = Date.now();
    await buildBackground(db, background, answers);
    // The sender starts from here: only what follows is new.
    await readCursor(db);
    await buildToday(db, background, answers, searches);
    console.log(`Built ${databaseLabel(target)} in ${((Date.now() - build) / 1000).toFixed(1)} s: ${background + answers} questions, ${answers} new answers, ${searches} saved searches.`);
    const started = performance.now();
    const outcome = await matchNewEvents(db, { database: target, today: new Date(Date.UTC(2025, 10, 1)) });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Matched ${outcome.events} events against ${searches} saved searches: ${outcome.deliveries} deliveries in ${seconds.toFixed(2)} s (target ≤ 10 s)`);
    await db.$disconnect();
  } finally {
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
