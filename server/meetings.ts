import 'server-only';
import { prisma, textMatch } from '@/server/db';
import type { Prisma } from '@/generated/prisma/client';
import type { AnswerKind, MeetingKind } from '@/generated/prisma/enums';
import { londonToday } from '@/lib/dates';
import { meetingPath } from '@/lib/routes';
import { isUnreported, unreportedSet } from '@/lib/unreported-fields';
import { DEFAULT_PAGE_SIZE, type MeetingSort } from '@/lib/validation/lists';
import { meetingScopeWhere } from './meeting-scope';
import { QUESTION_ROW_SELECT, toQuestionRow, type QuestionRow } from './question-rows';


export interface MeetingRow {
  id: number;
  href: string;
  date: Date;
  /** MONTH when the source gave only the month (a GOV.UK release): show "July 2025", not a day. */
  datePrecision: 'DAY' | 'MONTH';
  /** Last day of overseas travel; null for a meeting on one day. */
  endDate: Date | null;
  dateUnreported: boolean;
  title: string;
  /** null when none was recorded or the source did not report it (see placeUnreported). */
  place: string | null;
  placeUnreported: boolean;
  kind: MeetingKind;
  /** "Maria Eagle; French counterpart (France)" */
  participants: string;
  /** Answers that cite the meeting. */
  citedBy: number;
  isDemo: boolean;
}

export interface MeetingParticipantDto {
  id: number;
  member: { displayName: string; slug: string } | null;
  /** What to call someone who is not a member: name, else role, else organisation, else country. */
  label: string;
  nameUnreported: boolean;
  role: string | null;
  organisation: string | null;
  country: string | null;
}

export interface CitingAnswer {
  answerId: number;
  kind: AnswerKind;
  answeredOn: Date;
  answeredOnUnreported: boolean;
  answeringMember: { displayName: string; slug: string } | null;
  question: QuestionRow;
}

export interface MeetingDetail extends MeetingRow {
  description: string | null;
  sourceUrl: string | null;
  unreported: string[];
  participantList: MeetingParticipantDto[];
  citingAnswers: CitingAnswer[];
  topics: { name: string; slug: string }[];
}

export interface MeetingListQuery {
  q?: string;
  kind?: MeetingKind;
  from?: Date;
  to?: Date;
  memberId?: number;
  topicId?: number;
  departmentId?: number;
  sort?: MeetingSort;
  dir?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const ROW_SELECT = {
  id: true, date: true, datePrecision: true, endDate: true, title: true, place: true, kind: true, source: true, unreportedFields: true,
  participants: { select: { id: true, name: true, role: true, organisation: true, country: true, member: { select: { displayName: true, slug: true } } }, orderBy: { id: 'asc' } },
  _count: { select: { citedBy: true } },
} as const satisfies Prisma.MeetingSelect;

type RowRecord = Prisma.MeetingGetPayload<{ select: typeof ROW_SELECT }>;

function participantDto(p: RowRecord['participants'][number]): MeetingParticipantDto {
  const label = p.member?.displayName ?? p.name ?? p.role ?? p.organisation ?? p.country ?? 'Not reported';
  // An organisation is named by its name (an imported release's "Name of organisation or individual"): only a
  // person known by a role alone ("French counterpart") has a name the source did not report.
  return { id: p.id, member: p.member, label, nameUnreported: !p.member && !p.name && !p.organisation, role: p.role, organisation: p.organisation, country: p.country };
}

/** "French counterpart (France)", "Demo Industries", "Germany". */
export function participantSummary(p: MeetingParticipantDto): string {
  const extra = [p.role && p.role !== p.label ? p.role : null, p.organisation && p.organisation !== p.label ? p.organisation : null, p.country && p.country !== p.label ? p.country : null].filter(Boolean);
  return extra.length ? `${p.label} (${extra.join(', ')})` : p.label;
}

function toRow(m: RowRecord): MeetingRow {
  const unreported = unreportedSet(m.unreportedFields);
  return {
    id: m.id,
    href: meetingPath(m),
    date: m.date,
    datePrecision: m.datePrecision,
    endDate: m.endDate,
    dateUnreported: unreported.has('date'),
    title: m.title,
    place: unreported.has('place') ? null : m.place,
    placeUnreported: unreported.has('place'),
    kind: m.kind,
    participants: m.participants.map((p) => participantSummary(participantDto(p))).join('; '),
    citedBy: m._count.citedBy,
    isDemo: m.source === 'DEMO',
  };
}

/**
 * Meetings, filtered and sorted, one page at a time. Text search matches the title, place, description
 * and participants' names, roles, organisations and countries.
 */
export async function listMeetings(query: MeetingListQuery = {}): Promise<{ rows: MeetingRow[]; total: number }> {
  const scope = await meetingScopeWhere(query);
  if (!scope) return { rows: [], total: 0 };
  const and: Prisma.MeetingWhereInput[] = [scope];
  if (query.kind) and.push({ kind: query.kind });
  if (query.from || query.to) and.push({ date: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } });
  if (query.q) {
    const text = query.q;
    and.push({
      OR: [
        { title: textMatch.contains(text) },
        { place: textMatch.contains(text) },
        { description: textMatch.contains(text) },
        { participants: { some: { OR: [{ name: textMatch.contains(text) }, { role: textMatch.contains(text) }, { organisation: textMatch.contains(text) }, { country: textMatch.contains(text) }, { member: { displayName: textMatch.contains(text) } }] } } },
      ],
    });
  }
  const where = { AND: and };
  const dir = query.dir ?? (query.sort === 'title' ? 'asc' : 'desc');
  const orderBy: Prisma.MeetingOrderByWithRelationInput[] =
    query.sort === 'title' ? [{ title: dir }, { id: 'asc' }] : query.sort === 'citations' ? [{ citedBy: { _count: dir } }, { date: 'desc' }, { id: 'desc' }] : [{ date: dir }, { id: dir }];
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    prisma.meeting.count({ where }),
    prisma.meeting.findMany({ where, orderBy, skip: ((query.page ?? 1) - 1) * pageSize, take: pageSize, select: ROW_SELECT }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** One meeting with its participants, the answers that cite it and its topics; null if there is none. */
export async function getMeeting(id: number, today: Date = londonToday()): Promise<MeetingDetail | null> {
  const m = await prisma.meeting.findUnique({
    where: { id },
    select: {
      ...ROW_SELECT,
      description: true,
      sourceUrl: true,
      topics: { select: { topic: { select: { name: true, slug: true } } }, orderBy: { topic: { name: 'asc' } } },
      citedBy: {
        select: {
          answer: {
            select: {
              id: true, kind: true, answeredOn: true, unreportedFields: true,
              answeringMember: { select: { displayName: true, slug: true } },
              question: { select: QUESTION_ROW_SELECT },
            },
          },
        },
        orderBy: { answer: { answeredOn: 'asc' } },
      },
    },
  });
  if (!m) return null;
  return {
    ...toRow(m),
    description: m.description,
    sourceUrl: m.sourceUrl && !isUnreported(m, 'sourceUrl') ? m.sourceUrl : null,
    unreported: [...unreportedSet(m.unreportedFields)],
    participantList: m.participants.map(participantDto),
    citingAnswers: m.citedBy.map(({ answer: a }) => ({
      answerId: a.id,
      kind: a.kind,
      answeredOn: a.answeredOn,
      answeredOnUnreported: isUnreported(a, 'answeredOn'),
      answeringMember: a.answeringMember,
      question: toQuestionRow(a.question, today),
    })),
    topics: m.topics.map((t) => t.topic),
  };
}
