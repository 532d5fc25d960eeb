import 'server-only';
import { prisma } from '@/server/db';
import { answerPath, coveragePath, meetingPath, questionPath, topicPath } from '@/lib/routes';
import type { ChangeAction, HistoryEntity } from '@/server/history/record-change';

/** One entry of "Recently logged": what changed, by whom, when, and where the record is now. */
export interface RecentChange {
  id: number;
  at: Date;
  actor: string;
  action: ChangeAction;
  entityType: HistoryEntity;
  entityId: string;
  /** The record's label when the change was made. */
  summary: string | null;
  /** The record's page; its history page when the record is gone (deleted, merged). */
  href: string;
  /** The record no longer exists. */
  gone: boolean;
}

const ids = (entries: { entityType: string; entityId: string }[], type: HistoryEntity) => [
  ...new Set(entries.filter((e) => e.entityType === type).map((e) => Number(e.entityId)).filter(Number.isInteger)),
];

/** Each listed record's page, by type and id, for the records that still exist. */
async function recordPages(entries: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const [questions, answers, meetings, coverage, topics] = await Promise.all([
    prisma.question.findMany({ where: { id: { in: ids(entries, 'Question') } }, select: { id: true, house: true, uin: true, dateTabled: true } }),
    prisma.answerVersion.findMany({ where: { id: { in: ids(entries, 'AnswerVersion') } }, select: { id: true, sequence: true, question: { select: { house: true, uin: true, dateTabled: true } } } }),
    prisma.meeting.findMany({ where: { id: { in: ids(entries, 'Meeting') } }, select: { id: true } }),
    prisma.coverage.findMany({ where: { id: { in: ids(entries, 'Coverage') } }, select: { id: true } }),
    prisma.topic.findMany({ where: { id: { in: ids(entries, 'Topic') } }, select: { id: true, slug: true } }),
  ]);
  return new Map([
    ...questions.map((q) => [`Question:${q.id}`, questionPath(q)] as const),
    ...answers.map((a) => [`AnswerVersion:${a.id}`, answerPath(a.question, a.sequence)] as const),
    ...meetings.map((m) => [`Meeting:${m.id}`, meetingPath(m)] as const),
    ...coverage.map((c) => [`Coverage:${c.id}`, coveragePath(c)] as const),
    ...topics.map((t) => [`Topic:${t.id}`, topicPath(t)] as const),
  ]);
}

/**
 * The latest changes to the records, newest first (the change log's primary key): who did what to which
 * record, linking to it. Account changes are listed only for admins (`includeAccounts`), who manage them.
 */
export async function listRecentChanges(options: { limit?: number; includeAccounts?: boolean } = {}): Promise<RecentChange[]> {
  const entries = await prisma.changeLog.findMany({
    where: options.includeAccounts ? {} : { entityType: { not: 'User' } },
    orderBy: { id: 'desc' },
    take: options.limit ?? 20,
    select: { id: true, at: true, actor: true, action: true, entityType: true, entityId: true, summary: true },
  });
  const pages = await recordPages(entries);
  return entries.map((e) => {
    const page = e.entityType === 'User' ? '/admin/users' : pages.get(`${e.entityType}:${e.entityId}`);
    return {
      ...e,
      action: e.action as ChangeAction,
      entityType: e.entityType as HistoryEntity,
      href: page ?? `/history/${e.entityType}/${encodeURIComponent(e.entityId)}`,
      gone: page === undefined,
    };
  });
}
