import 'server-only';
import { prisma, textMatch } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import { orderRecords, pageOf, type SortValue } from '@/lib/list-order';
import { answerPath, coveragePath, meetingPath, questionPath } from '@/lib/routes';
import { isUnreported } from '@/lib/unreported-fields';
import type { SortDirection } from '@/lib/validation/table-state';
import type { TopicSort } from '@/lib/validation/topics-table';
import { latestChangeId } from '@/server/history/concurrency';
import { inChunks } from './coverage-scope';
import { latestTopicRecordIds, type TopicLatestIds } from './latest-activity';

export interface TopicRow {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  questions: number;
  meetings: number;
  coverage: number;
  isDemo: boolean;
}

/** The most recent dated event on a topic's timeline. */
export interface TopicActivity {
  kind: 'tabled' | 'answer' | 'meeting' | 'coverage';
  date: Date;
  /** The date is a labelled placeholder: the source did not report it. */
  dateUnreported: boolean;
  href: string;
}

export interface TopicListRow extends TopicRow {
  /** null for a topic with nothing dated yet. */
  latest: TopicActivity | null;
}

export interface TopicListQuery {
  /** Part of the topic's name (case-insensitive). */
  q?: string;
  sort?: TopicSort;
  dir?: SortDirection;
  page?: number;
  pageSize?: number;
}

const ROW_SELECT = { id: true, slug: true, name: true, description: true, source: true } as const satisfies Prisma.TopicSelect;
type TopicRecord = Prisma.TopicGetPayload<{ select: typeof ROW_SELECT }>;
type Counts = Record<'questions' | 'meetings' | 'coverage', Map<number, number>>;

/** Questions, meetings and articles per topic, for `topicIds` or every topic (null): grouped reads of the link tables' topic indexes. */
async function topicCounts(topicIds: readonly number[] | null): Promise<Counts> {
  const where = topicIds === null ? {} : { topicId: { in: [...topicIds] } };
  const [questions, meetings, coverage] = await Promise.all([
    prisma.questionTopic.groupBy({ by: ['topicId'], where, _count: { _all: true } }),
    prisma.meetingTopic.groupBy({ by: ['topicId'], where, _count: { _all: true } }),
    prisma.coverageTopic.groupBy({ by: ['topicId'], where, _count: { _all: true } }),
  ]);
  const toMap = (rows: { topicId: number; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.topicId, r._count._all]));
  return { questions: toMap(questions), meetings: toMap(meetings), coverage: toMap(coverage) };
}

// On one day, the order a story unfolds in: the latest of equal dates is the one furthest along.
const KIND_ORDER: TopicActivity['kind'][] = ['meeting', 'tabled', 'answer', 'coverage'];

function isLater(c: TopicActivity, best: TopicActivity): boolean {
  const diff = c.date.getTime() - best.date.getTime();
  if (diff !== 0) return diff > 0;
  if (c.dateUnreported !== best.dateUnreported) return !c.dateUnreported;
  return KIND_ORDER.indexOf(c.kind) > KIND_ORDER.indexOf(best.kind);
}

/** The latest event among a topic's candidates: newest date; on a tie a reported date, then the furthest along. */
export function latestOf(candidates: readonly TopicActivity[]): TopicActivity | null {
  let best: TopicActivity | null = null;
  for (const c of candidates) if (!best || isLater(c, best)) best = c;
  return best;
}

/** Each topic's latest activity, for `topicIds` (a page) or every topic (null). */
async function latestActivity(topicIds: readonly number[] | null): Promise<Map<number, TopicActivity>> {
  const latest = await latestTopicRecordIds(topicIds);
  const ids = (key: keyof TopicLatestIds) => [...new Set([...latest.values()].flatMap((l) => (l[key] === null ? [] : [l[key]])))];
  const [questions, answers, meetings, articles] = await Promise.all([
    inChunks(ids('questionId'), (chunk) => prisma.question.findMany({ where: { id: { in: chunk } }, select: { id: true, house: true, uin: true, dateTabled: true, unreportedFields: true } })),
    inChunks(ids('answerId'), (chunk) =>
      prisma.answerVersion.findMany({ where: { id: { in: chunk } }, select: { id: true, sequence: true, answeredOn: true, unreportedFields: true, question: { select: { house: true, uin: true, dateTabled: true } } } }),
    ),
    inChunks(ids('meetingId'), (chunk) => prisma.meeting.findMany({ where: { id: { in: chunk } }, select: { id: true, date: true, unreportedFields: true } })),
    inChunks(ids('coverageId'), (chunk) => prisma.coverage.findMany({ where: { id: { in: chunk } }, select: { id: true, publishedOn: true, unreportedFields: true } })),
  ]);
  const events = {
    questionId: new Map(questions.map((q) => [q.id, { kind: 'tabled', date: q.dateTabled, dateUnreported: isUnreported(q, 'dateTabled'), href: questionPath(q) } as const])),
    answerId: new Map(answers.map((a) => [a.id, { kind: 'answer', date: a.answeredOn, dateUnreported: isUnreported(a, 'answeredOn'), href: answerPath(a.question, a.sequence) } as const])),
    meetingId: new Map(meetings.map((m) => [m.id, { kind: 'meeting', date: m.date, dateUnreported: isUnreported(m, 'date'), href: meetingPath(m) } as const])),
    coverageId: new Map(articles.flatMap((c) => (c.publishedOn ? [[c.id, { kind: 'coverage', date: c.publishedOn, dateUnreported: isUnreported(c, 'publishedOn'), href: coveragePath(c) } as const]] : []))),
  };
  const out = new Map<number, TopicActivity>();
  for (const [topicId, recordIds] of latest) {
    const candidates = (Object.keys(events) as (keyof typeof events)[]).flatMap((key) => {
      const id = recordIds[key];
      const event = id === null ? undefined : events[key].get(id);
      return event ? [event] : [];
    });
    const best = latestOf(candidates);
    if (best) out.set(topicId, best);
  }
  return out;
}

function toRow(t: TopicRecord, counts: Counts): TopicRow {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    questions: counts.questions.get(t.id) ?? 0,
    meetings: counts.meetings.get(t.id) ?? 0,
    coverage: counts.coverage.get(t.id) ?? 0,
    isDemo: t.source === 'DEMO',
  };
}

/**
 * Topics filtered by name, sorted and paged. Topics number in the hundreds at most, so the filtered
 * ones are ordered in code (lib/list-order.ts); counts and latest activity are read for the page, or
 * for every topic when the order depends on them.
 */
export async function listTopics(query: TopicListQuery = {}): Promise<{ rows: TopicListRow[]; total: number }> {
  const sort = query.sort ?? 'name';
  const where: Prisma.TopicWhereInput = query.q ? { name: textMatch.contains(query.q) } : {};
  const records = await prisma.topic.findMany({ where, select: ROW_SELECT });
  let key: (t: TopicRecord) => SortValue = (t) => t.name;
  let allCounts: Counts | null = null;
  let allLatest: Map<number, TopicActivity> | null = null;
  if (sort === 'latest') {
    allLatest = await latestActivity(null);
    key = (t) => allLatest!.get(t.id)?.date ?? null;
  } else if (sort !== 'name') {
    allCounts = await topicCounts(null);
    key = (t) => allCounts![sort].get(t.id) ?? 0;
  }
  const page = pageOf(orderRecords(records, key, query.dir ?? 'asc'), query.page ?? 1, query.pageSize ?? 50);
  const ids = page.map((t) => t.id);
  const [counts, latest] = await Promise.all([allCounts ?? topicCounts(ids), allLatest ?? latestActivity(ids)]);
  return { rows: page.map((t) => ({ ...toRow(t, counts), latest: latest.get(t.id) ?? null })), total: records.length };
}

/** One topic with its counts; null for an unknown slug. */
export async function getTopic(slug: string): Promise<TopicRow | null> {
  const t = await prisma.topic.findUnique({ where: { slug }, select: ROW_SELECT });
  return t ? toRow(t, await topicCounts([t.id])) : null;
}

/** Every topic's name and slug, for filter menus (topics number in the dozens, not thousands). */
export async function listTopicOptions(): Promise<{ slug: string; name: string }[]> {
  return prisma.topic.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true }, take: 500 });
}

/** A topic as its edit form needs it, with the change it is loaded at (server/history/concurrency.ts). */
export async function getTopicForEdit(slug: string): Promise<{ id: number; name: string; description: string | null; baseChangeId: number } | null> {
  const topic = await prisma.topic.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
  if (!topic) return null;
  return { ...topic, baseChangeId: await latestChangeId(prisma, 'Topic', topic.id) };
}

/** A topic as the merge form needs it: its counts (to say what will move) and the change it is loaded at. */
export async function getTopicForMerge(slug: string): Promise<(TopicRow & { baseChangeId: number }) | null> {
  const topic = await getTopic(slug);
  return topic ? { ...topic, baseChangeId: await latestChangeId(prisma, 'Topic', topic.id) } : null;
}
