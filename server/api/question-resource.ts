import 'server-only';
import { isoDay, isoDayOrNull, isoInstant } from '@/lib/api/common';
import type { QuestionJson } from '@/lib/api/question';
import type { TimelineEventJson } from '@/lib/api/timeline';
import { ApiError } from '@/lib/api/errors';
import { londonToday } from '@/lib/dates';
import type { QuestionRef } from '@/lib/question-detail';
import { buildQuestionTimeline } from '@/lib/timeline/question-timeline';
import type { TimelineEvent } from '@/lib/timeline/types';
import { prisma } from '@/server/db';
import { getQuestionDetail } from '@/server/question-detail';
import { apiPaths } from './paths';

/**
 * The stored fields of a question, its answer versions and their attachments that the page's detail
 * (getQuestionDetail) does not carry. A field the Parliament sync adds goes here and in
 * lib/api/question.ts's schema — the only two places — so whatever the sync imports comes back out.
 * The sync also keeps Parliament's whole record (ParliamentQuestionRecord), returned as `parliamentRecord`.
 */
const STORED = {
  parliamentId: true,
  withdrawnAt: true,
  state: true,
  createdAt: true,
  updatedAt: true,
  answers: { select: { id: true, createdAt: true, source: true, answeringMember: { select: { slug: true } }, attachments: { select: { id: true }, orderBy: { id: 'asc' } } } },
} as const;

export function toTimelineEventJson(e: TimelineEvent): TimelineEventJson {
  return { id: e.id, kind: e.kind, date: isoDay(e.date), title: e.title, path: e.href ?? null, detail: e.detail ?? null, dateUnreported: e.dateUnreported ?? false, isDemo: e.isDemo ?? false };
}

const memberLink = (m: { slug: string; name: string; path: string }) => ({ slug: m.slug, name: m.name, path: m.path, apiPath: apiPaths.member(m.slug) });
const questionRef = (q: QuestionRef) => ({ ...q, dateTabled: isoDay(q.dateTabled), apiPath: apiPaths.question(q.id), askingMember: memberLink(q.askingMember) });

/** GET /api/v1/questions/{id}: the question in full, as its page shows it, with every stored field. */
export async function getQuestionForApi(id: number, today: Date = londonToday()): Promise<QuestionJson> {
  const key = await prisma.question.findUnique({ where: { id }, select: { house: true, uin: true, dateTabled: true, ...STORED } });
  const [q, imported] = key
    ? await Promise.all([getQuestionDetail(key, prisma, today), prisma.parliamentQuestionRecord.findUnique({ where: { questionId: id }, select: { payload: true } })])
    : [null, null];
  if (!key || !q) throw new ApiError('not_found', `There is no question with id ${id}.`);
  const stored = new Map(key.answers.map((a) => [a.id, a]));
  return {
    id: q.id,
    parliamentId: key.parliamentId,
    path: q.path,
    apiPath: apiPaths.question(q.id),
    parliamentUrl: q.parliamentUrl,
    // The API's whole record as imported (server/parliament): whatever the sync keeps comes back out.
    parliamentRecord: imported ? (JSON.parse(imported.payload) as Record<string, unknown>) : null,
    house: q.house,
    uin: q.uin,
    dateTabled: isoDay(q.dateTabled),
    dateDue: isoDay(q.dateDue),
    isNamedDay: q.isNamedDay,
    heading: q.heading,
    text: q.text,
    memberHasInterest: q.memberHasInterest,
    withdrawnAt: key.withdrawnAt ? isoInstant(key.withdrawnAt) : null,
    dateWithdrawn: isoDayOrNull(q.dateWithdrawn),
    state: key.state,
    status: q.status,
    dateAnswered: isoDayOrNull(q.dateAnswered),
    daysToAnswer: q.daysToAnswer,
    askingMember: { ...memberLink(q.askingMember), house: q.askingMember.house, party: q.askingMember.party, constituency: q.askingMember.constituency },
    department: { ...q.department, apiPath: apiPaths.department(q.department.slug) },
    answers: q.answers.map((a) => {
      const s = stored.get(a.id)!;
      return {
        id: a.id,
        sequence: a.sequence,
        kind: a.kind,
        answeredOn: isoDay(a.answeredOn),
        answeringMember: a.answeringMember ? { ...memberLink(a.answeringMember), roleTitle: a.answeringMember.roleTitle } : null,
        textHtml: a.textHtml,
        textPlain: a.textPlain,
        // The detail lists attachments in id order, as STORED selects their ids.
        attachments: a.attachments.map((f, i) => ({ id: s.attachments[i]!.id, ...f })),
        citedMeetingIds: a.citedMeetingIds,
        source: s.source,
        isDemo: a.isDemo,
        unreportedFields: a.unreportedFields,
        createdAt: isoInstant(s.createdAt),
      };
    }),
    meetings: q.meetings.map((m) => ({
      ...m,
      apiPath: apiPaths.meeting(m.id),
      date: isoDay(m.date),
      endDate: isoDayOrNull(m.endDate),
      participants: m.participants.map((p) => ({ ...p, member: p.member ? memberLink(p.member) : null })),
    })),
    coverage: q.coverage.map((c) => ({ ...c, apiPath: apiPaths.coverage(c.id), publishedOn: isoDayOrNull(c.publishedOn) })),
    followsUp: q.followsUp.map((f) => ({ ...f, question: questionRef(f.question), answer: f.answer ? { ...f.answer, answeredOn: isoDay(f.answer.answeredOn) } : null })),
    followedUpBy: q.followedUpBy.map((f) => ({ ...f, question: questionRef(f.question), answer: f.answer ? { ...f.answer, answeredOn: isoDay(f.answer.answeredOn) } : null })),
    grouped: q.grouped.map(questionRef),
    topics: q.topics.map((t) => ({ ...t, apiPath: apiPaths.topic(t.slug) })),
    timeline: buildQuestionTimeline(q, today).map(toTimelineEventJson),
    source: q.source,
    isDemo: q.isDemo,
    unreportedFields: q.unreportedFields,
    sourceNote: q.sourceNote,
    createdAt: isoInstant(key.createdAt),
    updatedAt: isoInstant(key.updatedAt),
  };
}
