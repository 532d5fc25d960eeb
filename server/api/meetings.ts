import 'server-only';
import type { z } from '@/lib/validation/zod';
import { isoDay, isoDayOrNull } from '@/lib/api/common';
import type { CoverageJson, coveragePageSchema } from '@/lib/api/coverage';
import { ApiError } from '@/lib/api/errors';
import type { MeetingJson, meetingPageSchema } from '@/lib/api/meeting';
import type { coverageListParams, meetingListParams } from '@/lib/api/params';
import { coveragePath, meetingPath, memberPath, topicPath } from '@/lib/routes';
import { parseUnreportedFields } from '@/lib/unreported-fields';
import { prisma } from '@/server/db';
import { keyset, withoutPaging } from './keyset';
import { apiPaths } from './paths';

/** Meetings and coverage: the records answers cite and the articles about questions. */
const memberLink = (m: { slug: string; displayName: string }) => ({ slug: m.slug, name: m.displayName, path: memberPath(m), apiPath: apiPaths.member(m.slug) });
const topicLink = (t: { slug: string; name: string }) => ({ slug: t.slug, name: t.name, path: topicPath(t), apiPath: apiPaths.topic(t.slug) });
const memberSelect = { select: { slug: true, displayName: true } } as const;
const topicsSelect = { select: { topic: { select: { slug: true, name: true } } } } as const;

const MEETING = {
  participants: { orderBy: { id: 'asc' }, include: { member: memberSelect } },
  topics: topicsSelect,
  citedBy: { select: { answer: { select: { questionId: true, sequence: true } } } },
} as const;

type MeetingRow = Awaited<ReturnType<typeof findMeetings>>[number];
const findMeetings = (args: { where: object; take?: number }) => prisma.meeting.findMany({ ...args, orderBy: { id: 'asc' }, include: MEETING });

function toMeeting(m: MeetingRow): MeetingJson {
  return {
    id: m.id,
    path: meetingPath(m),
    apiPath: apiPaths.meeting(m.id),
    date: isoDay(m.date),
    datePrecision: m.datePrecision,
    endDate: m.endDate ? isoDay(m.endDate) : null,
    title: m.title,
    place: m.place,
    kind: m.kind,
    description: m.description,
    sourceUrl: m.sourceUrl,
    participants: m.participants.map((p) => ({ member: p.member ? memberLink(p.member) : null, name: p.name, role: p.role, organisation: p.organisation, country: p.country })),
    topics: m.topics.map(({ topic }) => topicLink(topic)).sort((a, b) => a.name.localeCompare(b.name)),
    citedBy: m.citedBy
      .map(({ answer }) => ({ questionId: answer.questionId, questionApiPath: apiPaths.question(answer.questionId), answerSequence: answer.sequence }))
      .sort((a, b) => a.questionId - b.questionId || a.answerSequence - b.answerSequence),
    source: m.source,
    isDemo: m.source === 'DEMO',
    unreportedFields: parseUnreportedFields(m.unreportedFields),
  };
}

export async function listMeetingsForApi(params: z.output<typeof meetingListParams>): Promise<z.input<typeof meetingPageSchema>> {
  const page = keyset({ from: params.from?.toISOString(), to: params.to?.toISOString() }, params.limit, params.cursor);
  const date = params.from || params.to ? { ...(params.from ? { gte: params.from } : {}), ...(params.to ? { lte: params.to } : {}) } : undefined;
  const rows = await findMeetings({ where: { id: { gt: page.after }, ...(date ? { date } : {}) }, take: page.take });
  return page.page(rows.map(toMeeting));
}

export async function getMeetingForApi(id: number): Promise<MeetingJson> {
  const [m] = await findMeetings({ where: { id } });
  if (!m) throw new ApiError('not_found', `There is no meeting with id ${id}.`);
  return toMeeting(m);
}

const COVERAGE = { questions: { select: { questionId: true } }, members: { select: { member: memberSelect } }, topics: topicsSelect } as const;
type CoverageRow = Awaited<ReturnType<typeof findCoverage>>[number];
const findCoverage = (args: { where: object; take?: number }) => prisma.coverage.findMany({ ...args, orderBy: { id: 'asc' }, include: COVERAGE });

function toCoverage(c: CoverageRow): CoverageJson {
  return {
    id: c.id,
    path: coveragePath(c),
    apiPath: apiPaths.coverage(c.id),
    outlet: c.outlet,
    headline: c.headline,
    url: c.url,
    publishedOn: isoDayOrNull(c.publishedOn),
    author: c.author,
    summary: c.summary,
    questionIds: c.questions.map((q) => q.questionId).sort((a, b) => a - b),
    members: c.members.map(({ member }) => memberLink(member)),
    topics: c.topics.map(({ topic }) => topicLink(topic)),
    source: c.source,
    isDemo: c.source === 'DEMO',
    unreportedFields: parseUnreportedFields(c.unreportedFields),
  };
}

export async function listCoverageForApi(params: z.output<typeof coverageListParams>): Promise<z.input<typeof coveragePageSchema>> {
  const page = keyset(withoutPaging(params), params.limit, params.cursor);
  const rows = await findCoverage({ where: { id: { gt: page.after }, ...(params.question ? { questions: { some: { questionId: params.question } } } : {}) }, take: page.take });
  return page.page(rows.map(toCoverage));
}

export async function getCoverageForApi(id: number): Promise<CoverageJson> {
  const [c] = await findCoverage({ where: { id } });
  if (!c) throw new ApiError('not_found', `There is no coverage item with id ${id}.`);
  return toCoverage(c);
}
