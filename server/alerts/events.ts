/**
 * The events alerts are sent for, read from the change log: every record that arrives — by staff logging
 * (staffAction) or by the sync — writes its history there in the same transaction, so the log is the
 * outbox's source and its ids are the sender's cursor. Event keys are the timeline's ids
 * (lib/timeline/question-timeline.ts), so a feed item and an email name an event the same way; a
 * withdrawal adds the log entry's id, since a question can be reinstated and withdrawn again.
 */
import type { AnswerKind } from '@/generated/prisma/enums';
import type { PrismaClient } from '@/lib/db/prisma-client';

export const ALERT_EVENT_KINDS = ['tabled', 'holding-answer', 'answered', 'corrected', 'withdrawn'] as const;
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number];

export const ALERT_EVENT_LABELS: Record<AlertEventKind, string> = {
  tabled: 'Tabled',
  'holding-answer': 'Holding answer',
  answered: 'Answered',
  corrected: 'Answer corrected',
  withdrawn: 'Withdrawn',
};

export interface AlertEvent {
  key: string;
  changeId: number;
  kind: AlertEventKind;
  questionId: number;
  /** For answers: who gave it (a member follow matches answers they give). */
  answeringMemberId: number | null;
  /** For answers: the version's sequence (the link's anchor). */
  sequence: number | null;
  date: Date;
}

const ANSWER_EVENT: Record<AnswerKind, AlertEventKind> = { HOLDING: 'holding-answer', SUBSTANTIVE: 'answered', CORRECTION: 'corrected' };

/**
 * Events in change-log entries after `afterId`, at most `limit` entries read. Returns the events and the
 * id of the last entry read (the next cursor), which moves past entries that are not events too. A record
 * deleted since it was logged is skipped: there is nothing left to link to.
 */
export async function readEventsAfter(db: PrismaClient, afterId: number, limit: number): Promise<{ events: AlertEvent[]; lastId: number }> {
  const entries = await db.changeLog.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, entityType: true, entityId: true, action: true, at: true },
  });
  const lastId = entries.at(-1)?.id ?? afterId;
  const answerEntries = entries.filter((e) => e.entityType === 'AnswerVersion' && e.action === 'create');
  const questionEntries = entries.filter((e) => e.entityType === 'Question' && (e.action === 'create' || e.action === 'withdraw'));
  const answers = new Map(
    (
      await db.answerVersion.findMany({
        where: { id: { in: answerEntries.map((e) => Number(e.entityId)).filter(Number.isInteger) } },
        select: { id: true, questionId: true, kind: true, answeredOn: true, answeringMemberId: true, sequence: true },
      })
    ).map((a) => [a.id, a]),
  );
  const questions = new Map(
    (
      await db.question.findMany({
        where: { id: { in: questionEntries.map((e) => Number(e.entityId)).filter(Number.isInteger) } },
        select: { id: true, dateTabled: true, withdrawnAt: true },
      })
    ).map((q) => [q.id, q]),
  );
  const events: AlertEvent[] = [];
  for (const e of entries) {
    const id = Number(e.entityId);
    if (e.entityType === 'AnswerVersion' && e.action === 'create') {
      const a = answers.get(id);
      if (a) events.push({ key: `answer-${a.id}`, changeId: e.id, kind: ANSWER_EVENT[a.kind], questionId: a.questionId, answeringMemberId: a.answeringMemberId, sequence: a.sequence, date: a.answeredOn });
    } else if (e.entityType === 'Question' && e.action === 'create') {
      const q = questions.get(id);
      if (q) events.push({ key: `question-${q.id}-tabled`, changeId: e.id, kind: 'tabled', questionId: q.id, answeringMemberId: null, sequence: null, date: q.dateTabled });
    } else if (e.entityType === 'Question' && e.action === 'withdraw') {
      const q = questions.get(id);
      if (q?.withdrawnAt) events.push({ key: `question-${q.id}-withdrawn-${e.id}`, changeId: e.id, kind: 'withdrawn', questionId: q.id, answeringMemberId: null, sequence: null, date: q.withdrawnAt });
    }
  }
  return { events, lastId };
}
