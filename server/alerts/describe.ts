/**
 * What an alert email says about each event, loaded from its key (the delivery rows keep only keys):
 * "Answered by Maria Eagle on 14 March 2025", the question's heading and label, and its link.
 */
import type { PrismaClient } from '@/lib/db/prisma-client';
import { formatDate } from '@/lib/dates';
import { questionLabel } from '@/lib/question-label';
import { answerPath, questionPath } from '@/lib/routes';
import { ALERT_EVENT_LABELS, type AlertEventKind } from './events';

export interface DescribedEvent {
  eventKey: string;
  kind: AlertEventKind;
  /** "Answered by Maria Eagle on 14 March 2025". */
  what: string;
  heading: string;
  /** "Commons 8024 (11 March 2025) · Ministry of Defence". */
  label: string;
  path: string;
}

const ANSWER_KIND = { HOLDING: 'holding-answer', SUBSTANTIVE: 'answered', CORRECTION: 'corrected' } as const;

export function parseEventKey(key: string): { type: 'answer'; id: number } | { type: 'tabled' | 'withdrawn'; id: number } | null {
  let m = /^answer-(\d+)$/.exec(key);
  if (m) return { type: 'answer', id: Number(m[1]) };
  m = /^question-(\d+)-(tabled|withdrawn)(?:-\d+)?$/.exec(key);
  if (m) return { type: m[2] as 'tabled' | 'withdrawn', id: Number(m[1]) };
  return null;
}

const QUESTION_SELECT = { id: true, house: true, uin: true, dateTabled: true, heading: true, withdrawnAt: true, askingMember: { select: { displayName: true } }, department: { select: { name: true } } } as const;

/** Descriptions for event keys; a key whose record has since been deleted is left out. */
export async function describeEvents(db: PrismaClient, keys: readonly string[]): Promise<Map<string, DescribedEvent>> {
  const parsed = keys.map((key) => ({ key, ref: parseEventKey(key) }));
  const answerIds = parsed.flatMap((p) => (p.ref?.type === 'answer' ? [p.ref.id] : []));
  const questionIds = parsed.flatMap((p) => (p.ref && p.ref.type !== 'answer' ? [p.ref.id] : []));
  const answers = new Map(
    (
      await db.answerVersion.findMany({
        where: { id: { in: answerIds } },
        select: { id: true, kind: true, sequence: true, answeredOn: true, answeringMember: { select: { displayName: true } }, question: { select: QUESTION_SELECT } },
      })
    ).map((a) => [a.id, a]),
  );
  const questions = new Map((await db.question.findMany({ where: { id: { in: questionIds } }, select: QUESTION_SELECT })).map((q) => [q.id, q]));
  const out = new Map<string, DescribedEvent>();
  for (const { key, ref } of parsed) {
    if (!ref) continue;
    if (ref.type === 'answer') {
      const a = answers.get(ref.id);
      if (!a) continue;
      const kind: AlertEventKind = ANSWER_KIND[a.kind];
      const by = a.answeringMember ? ` ${kind === 'corrected' ? 'by' : 'from'} ${a.answeringMember.displayName}` : '';
      out.set(key, { eventKey: key, kind, what: `${ALERT_EVENT_LABELS[kind]}${by} on ${formatDate(a.answeredOn)}`, heading: a.question.heading, label: `${questionLabel(a.question)} · ${a.question.department.name}`, path: answerPath(a.question, a.sequence) });
    } else {
      const q = questions.get(ref.id);
      if (!q) continue;
      const what = ref.type === 'tabled' ? `Tabled by ${q.askingMember.displayName} on ${formatDate(q.dateTabled)}` : `Withdrawn${q.withdrawnAt ? ` on ${formatDate(q.withdrawnAt)}` : ''}`;
      out.set(key, { eventKey: key, kind: ref.type, what, heading: q.heading, label: `${questionLabel(q)} · ${q.department.name}`, path: questionPath(q) });
    }
  }
  return out;
}
