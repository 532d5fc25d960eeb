/**
 * Writes generated demo data to the database. The API the seed and the benchmarks use:
 *
 *   await clearDemoData(prisma);                                  // removes every DEMO record
 *   const summary = await generateDemoData(prisma, { questions: 400, seed: 'answerable-demo' });
 *
 * The same seed and `today` always give the same data. Questions stream from the generator in batches,
 * each batch written in one transaction, so a million questions load in constant memory. Records that
 * already exist by natural key (a party by name, a department by Parliament id, a topic by slug) are
 * reused, so the seed case's Ministry of Defence and Liberal Democrats are shared, not duplicated; and a
 * post a real record holds (the seed case's Secretary of State for Defence) goes to no generated member.
 */
import type { PrismaClient } from '@/generated/prisma/client';
import { londonToday } from '../dates';
import { generateQuestionBatches } from './questions';
import type { BulkLoader, Cell } from '../db/bulk-load';
import { dialectOf } from '../db/dialect';
import type { DemoBatch, HeldPost } from './types';
import { buildWorld, type DemoWorld } from './world';

export const DEFAULT_DEMO_SEED = 'answerable-demo';

export interface DemoDataOptions {
  questions: number;
  seed?: string;
  /** Last day of the demo (UTC midnight); defaults to today in London, so some questions are always awaiting. */
  today?: Date;
  batchSize?: number;
  onProgress?: (progress: { questions: number; total: number; elapsedMs: number }) => void;
}

export interface DemoDataSummary {
  members: number;
  roles: number;
  departments: number;
  topics: number;
  meetings: number;
  questions: number;
  answers: number;
  followUps: number;
  groupLinks: number;
  coverage: number;
  elapsedMs: number;
}

const DEMO = 'DEMO';
const TX = { timeout: 300_000, maxWait: 60_000 };

export async function generateDemoData(prisma: PrismaClient, options: DemoDataOptions): Promise<DemoDataSummary> {
  const started = performance.now();
  if (await prisma.question.count({ where: { source: DEMO } })) throw new Error('Demo questions already exist: call clearDemoData() first.');
  const heldPosts = await readHeldPosts(prisma);
  const world = buildWorld({ seed: options.seed ?? DEFAULT_DEMO_SEED, today: options.today ?? londonToday(), questions: options.questions, heldPosts });
  const loader = dialectOf(prisma).bulkLoader;
  return loader.withRelaxedDurability(prisma, () => writeDemoData(prisma, loader, world, options, started));
}

/** Posts real records (the seed case, Parliament, staff) hold in a department: the demo leaves them alone. */
async function readHeldPosts(prisma: PrismaClient): Promise<HeldPost[]> {
  const roles = await prisma.memberRole.findMany({
    where: { source: { not: DEMO }, department: { parliamentId: { not: null } } },
    select: { title: true, startDate: true, endDate: true, department: { select: { parliamentId: true } } },
  });
  return roles.map((r) => ({ departmentParliamentId: r.department!.parliamentId!, title: r.title, startDate: r.startDate, endDate: r.endDate }));
}

async function writeDemoData(prisma: PrismaClient, loader: BulkLoader, world: DemoWorld, options: DemoDataOptions, started: number): Promise<DemoDataSummary> {
  const ids = await writeWorld(prisma, loader, world);
  const now = new Date();
  const base = {
    question: ((await prisma.question.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1,
    answer: ((await prisma.answerVersion.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1,
    coverage: ((await prisma.coverage.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1,
  };
  const summary: DemoDataSummary = {
    members: world.members.length,
    roles: world.roles.length,
    departments: world.departments.length,
    topics: world.topics.length,
    meetings: world.meetings.length,
    questions: 0,
    answers: 0,
    followUps: 0,
    groupLinks: 0,
    coverage: 0,
    elapsedMs: 0,
  };

  for (const batch of generateQuestionBatches(world, { questions: options.questions, batchSize: options.batchSize ?? 5000 })) {
    await prisma.$transaction((tx) => writeBatch(tx, loader, batch, ids, base, now), TX);
    summary.questions += batch.questions.length;
    summary.answers += batch.answers.length;
    summary.followUps += batch.followUps.length;
    summary.groupLinks += batch.groupLinks.length;
    summary.coverage += batch.coverage.length;
    options.onProgress?.({ questions: summary.questions, total: options.questions, elapsedMs: performance.now() - started });
  }
  summary.elapsedMs = Math.round(performance.now() - started);
  return summary;
}

interface WorldIds {
  members: number[];
  departments: number[];
  topics: number[];
  meetings: number[];
}

/** Parties, departments, members, posts, topics and meetings, in one transaction. */
async function writeWorld(prisma: PrismaClient, loader: BulkLoader, world: DemoWorld): Promise<WorldIds> {
  const bulkInsert = loader.insert;
  return prisma.$transaction(async (tx) => {
    const partyIds = new Map<string, number>();
    for (const p of world.parties) {
      const party = (await tx.party.findUnique({ where: { name: p.name } })) ?? (await tx.party.create({ data: { ...p, source: DEMO } }));
      partyIds.set(p.name, party.id);
    }
    const departments: number[] = [];
    for (const d of world.departments) {
      const existing = await tx.department.findUnique({ where: { parliamentId: d.parliamentId } });
      const fields = { parliamentId: d.parliamentId, name: d.name, shortName: d.shortName, slug: d.slug, source: DEMO } as const;
      departments.push((existing ?? (await tx.department.create({ data: fields }))).id);
    }
    const members: number[] = [];
    for (const m of world.members) {
      const fields = { displayName: m.displayName, listName: m.listName, house: m.house, constituency: m.constituency, partyId: partyIds.get(m.party) ?? null, source: DEMO } as const;
      members.push((await tx.member.upsert({ where: { slug: m.slug }, create: { slug: m.slug, ...fields }, update: {} })).id);
    }
    await tx.memberRole.createMany({
      data: world.roles.map((r) => ({ memberId: members[r.member]!, title: r.title, departmentId: departments[r.department]!, startDate: r.startDate, endDate: r.endDate, source: DEMO })),
    });
    const topics: number[] = [];
    for (const t of world.topics) {
      topics.push((await tx.topic.upsert({ where: { slug: t.slug }, create: { slug: t.slug, name: t.name, description: t.description, source: DEMO }, update: {} })).id);
    }

    const meetingBase = ((await tx.meeting.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
    const meetings = world.meetings.map((_, i) => meetingBase + i);
    await bulkInsert(tx, 'Meeting', ['id', 'date', 'title', 'place', 'kind', 'description', 'source'],
      world.meetings.map((m, i) => [meetings[i]!, m.date, m.title, m.place, m.kind, m.description, DEMO]));
    await bulkInsert(tx, 'MeetingParticipant', ['meetingId', 'memberId', 'name', 'role', 'organisation', 'country'],
      world.meetings.flatMap((m, i) => m.participants.map((p): Cell[] => [meetings[i]!, p.member === undefined ? null : members[p.member]!, p.name ?? null, p.role ?? null, p.organisation ?? null, p.country ?? null])));
    await bulkInsert(tx, 'MeetingTopic', ['meetingId', 'topicId'],
      world.meetings.flatMap((m, i) => (m.topic === null ? [] : [[meetings[i]!, topics[m.topic]!]])));
    return { members, departments, topics, meetings };
  }, TX);
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function writeBatch(tx: Tx, loader: BulkLoader, b: DemoBatch, ids: WorldIds, base: { question: number; answer: number; coverage: number }, now: Date) {
  const bulkInsert = loader.insert;
  const q = (seq: number) => base.question + seq;
  const a = (seq: number) => base.answer + seq;
  const c = (seq: number) => base.coverage + seq;
  await bulkInsert(tx, 'Question',
    ['id', 'house', 'uin', 'dateTabled', 'dateDue', 'isNamedDay', 'askingMemberId', 'departmentId', 'heading', 'text', 'memberHasInterest', 'withdrawnAt', 'state', 'dateAnswered', 'daysToAnswer', 'source', 'createdAt', 'updatedAt'],
    b.questions.map((x) => [q(x.seq), x.house, x.uin, x.dateTabled, x.dateDue, x.isNamedDay, ids.members[x.askingMember]!, ids.departments[x.department]!, x.heading, x.text, x.memberHasInterest, x.withdrawnAt, x.state, x.dateAnswered, x.daysToAnswer, DEMO, now, now]));
  await bulkInsert(tx, 'AnswerVersion',
    ['id', 'questionId', 'sequence', 'kind', 'answeringMemberId', 'answeredOn', 'textHtml', 'textPlain', 'source', 'createdAt'],
    b.answers.map((x) => [a(x.seq), q(x.question), x.sequence, x.kind, ids.members[x.answeringMember]!, x.answeredOn, x.textHtml, x.textPlain, DEMO, now]));
  await bulkInsert(tx, 'AnswerMeeting', ['answerId', 'meetingId'], b.answerMeetings.map((x) => [a(x.answer), ids.meetings[x.meeting]!]));
  await bulkInsert(tx, 'QuestionTopic', ['questionId', 'topicId'], b.questionTopics.map((x) => [q(x.question), ids.topics[x.topic]!]));
  await bulkInsert(tx, 'QuestionFollowUp', ['followUpId', 'earlierId', 'earlierAnswerId', 'origin'],
    b.followUps.map((x) => [q(x.followUp), q(x.earlier), x.earlierAnswer === null ? null : a(x.earlierAnswer), 'TEXT']));
  await bulkInsert(tx, 'QuestionGroupLink', ['fromId', 'toId'], b.groupLinks.map((x) => [q(x.from), q(x.to)]));
  await bulkInsert(tx, 'Coverage', ['id', 'outlet', 'headline', 'url', 'publishedOn', 'author', 'summary', 'source'],
    b.coverage.map((x) => [c(x.seq), x.outlet, x.headline, x.url, x.publishedOn, x.author, x.summary, DEMO]));
  await bulkInsert(tx, 'CoverageQuestion', ['coverageId', 'questionId'], b.coverage.flatMap((x) => x.questions.map((qs) => [c(x.seq), q(qs)])));
  await bulkInsert(tx, 'CoverageMember', ['coverageId', 'memberId'], b.coverage.flatMap((x) => x.members.map((m) => [c(x.seq), ids.members[m]!])));
  await bulkInsert(tx, 'CoverageTopic', ['coverageId', 'topicId'], b.coverage.flatMap((x) => x.topics.map((t) => [c(x.seq), ids.topics[t]!])));
}

/** Removes every DEMO record (and members, departments and parties only the demo used). */
export async function clearDemoData(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.coverage.deleteMany({ where: { source: DEMO } });
    await tx.question.deleteMany({ where: { source: DEMO } });
    await tx.meeting.deleteMany({ where: { source: DEMO } });
    await tx.memberRole.deleteMany({ where: { source: DEMO } });
    await tx.topic.deleteMany({ where: { source: DEMO } });
    await tx.member.deleteMany({ where: { source: DEMO, asked: { none: {} }, answers: { none: {} }, meetings: { none: {} }, mentionedIn: { none: {} } } });
    await tx.department.deleteMany({ where: { source: DEMO, questions: { none: {} }, roles: { none: {} } } });
    await tx.party.deleteMany({ where: { source: DEMO, members: { none: {} } } });
  }, TX);
}

/** How many demo questions the database holds (the seed uses it to skip a load already done). */
export function countDemoQuestions(prisma: PrismaClient): Promise<number> {
  return prisma.question.count({ where: { source: DEMO } });
}
