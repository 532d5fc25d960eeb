import 'server-only';
import type { AnswerKind, House, QuestionState, RecordSource } from '@/generated/prisma/enums';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { londonToday } from '@/lib/dates';
import { roleOnDate } from '@/lib/member-roles';
import { effectiveStatus } from '@/lib/question-status';
import { parseUnreportedFields } from '@/lib/unreported-fields';
import {
  type CitedMeeting,
  type CoverageItem,
  type FollowUpLink,
  type QuestionDetail,
  type QuestionRef,
} from '@/lib/question-detail';
import { coveragePath, departmentPath, meetingPath, memberPath, parliamentQuestionUrl, questionPath, topicPath } from '@/lib/routes';
import { prisma } from './db';

/** What identifies a question in Parliament: house, date tabled (UTC midnight) and UIN. */
export interface QuestionKey {
  house: House;
  dateTabled: Date;
  uin: string;
}

const memberRef = { select: { displayName: true, slug: true } } as const;
const questionRefSelect = {
  id: true,
  house: true,
  uin: true,
  dateTabled: true,
  dateDue: true,
  heading: true,
  state: true,
  source: true,
  unreportedFields: true,
  askingMember: memberRef,
} as const;

interface QuestionRefRow {
  id: number;
  house: House;
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  heading: string;
  state: QuestionState;
  source: RecordSource;
  unreportedFields: string | null;
  askingMember: { displayName: string; slug: string };
}

function toMemberRef(m: { displayName: string; slug: string }) {
  return { name: m.displayName, slug: m.slug, path: memberPath(m) };
}

interface FollowedAnswerRow {
  sequence: number;
  kind: AnswerKind;
  answeredOn: Date;
  answeringMember: { displayName: string } | null;
}

function toFollowedAnswer(a: FollowedAnswerRow | null): FollowUpLink['answer'] {
  return a ? { sequence: a.sequence, kind: a.kind, answeredOn: a.answeredOn, answeringMemberName: a.answeringMember?.displayName ?? null } : null;
}

function toQuestionRef(q: QuestionRefRow, today: Date): QuestionRef {
  return {
    id: q.id,
    path: questionPath(q),
    house: q.house,
    uin: q.uin,
    dateTabled: q.dateTabled,
    heading: q.heading,
    askingMember: toMemberRef(q.askingMember),
    status: effectiveStatus(q, today),
    isDemo: q.source === 'DEMO',
    unreportedFields: parseUnreportedFields(q.unreportedFields),
  };
}

/**
 * Everything the page of one question shows: the question, its asking member and department, every
 * answer version in order with the minister's post on the day, the meetings the answers cite, the
 * coverage, follow-ups both ways, grouped questions and topics. Null when no such question exists.
 */
export async function getQuestionDetail(key: QuestionKey, db: PrismaClient = prisma, today: Date = londonToday()): Promise<QuestionDetail | null> {
  const q = await db.question.findUnique({
    where: { house_uin_dateTabled: { house: key.house, uin: key.uin, dateTabled: key.dateTabled } },
    include: {
      askingMember: { include: { party: { select: { name: true, abbreviation: true } } } },
      department: true,
      answers: {
        orderBy: { sequence: 'asc' },
        include: {
          answeringMember: { include: { roles: { select: { title: true, departmentId: true, startDate: true, endDate: true } } } },
          attachments: { orderBy: { id: 'asc' } },
          citedMeetings: {
            include: {
              meeting: {
                include: { participants: { orderBy: { id: 'asc' }, include: { member: memberRef } } },
              },
            },
          },
        },
      },
      coverage: { include: { coverage: true } },
      topics: { include: { topic: true } },
      followsUp: {
        include: {
          earlier: { select: questionRefSelect },
          earlierAnswer: { include: { answeringMember: memberRef } },
        },
      },
      followedUpBy: {
        include: {
          followUp: { select: questionRefSelect },
          earlierAnswer: { include: { answeringMember: memberRef } },
        },
      },
      groupedWith: { include: { to: { select: questionRefSelect } } },
      groupedFrom: { include: { from: { select: questionRefSelect } } },
    },
  });
  if (!q) return null;

  // A meeting cited by several versions appears once, with every version that cites it.
  const meetings = new Map<number, CitedMeeting>();
  for (const answer of q.answers) {
    for (const { meeting } of answer.citedMeetings) {
      const existing = meetings.get(meeting.id);
      if (existing) {
        existing.citedBySequences.push(answer.sequence);
        continue;
      }
      meetings.set(meeting.id, {
        id: meeting.id,
        path: meetingPath(meeting),
        date: meeting.date,
        datePrecision: meeting.datePrecision,
        endDate: meeting.endDate,
        title: meeting.title,
        place: meeting.place,
        kind: meeting.kind,
        description: meeting.description,
        sourceUrl: meeting.sourceUrl,
        participants: meeting.participants.map((p) => ({
          member: p.member ? toMemberRef(p.member) : null,
          name: p.name,
          role: p.role,
          organisation: p.organisation,
          country: p.country,
        })),
        citedBySequences: [answer.sequence],
        isDemo: meeting.source === 'DEMO',
        unreportedFields: parseUnreportedFields(meeting.unreportedFields),
      });
    }
  }

  const coverage: CoverageItem[] = q.coverage
    .map(({ coverage: c }) => ({
      id: c.id,
      path: coveragePath(c),
      outlet: c.outlet,
      headline: c.headline,
      url: c.url,
      publishedOn: c.publishedOn,
      author: c.author,
      summary: c.summary,
      isDemo: c.source === 'DEMO',
      unreportedFields: parseUnreportedFields(c.unreportedFields),
    }))
    .sort((a, b) => (a.publishedOn?.getTime() ?? Infinity) - (b.publishedOn?.getTime() ?? Infinity) || a.id - b.id);

  const byTabled = (a: FollowUpLink, b: FollowUpLink) => a.question.dateTabled.getTime() - b.question.dateTabled.getTime() || a.question.id - b.question.id;

  // Grouped links are stored in both directions; read both so a one-sided link still shows.
  const grouped = new Map<number, QuestionRef>();
  for (const link of q.groupedWith) grouped.set(link.to.id, toQuestionRef(link.to, today));
  for (const link of q.groupedFrom) grouped.set(link.from.id, toQuestionRef(link.from, today));
  grouped.delete(q.id);

  return {
    id: q.id,
    path: questionPath(q),
    house: q.house,
    uin: q.uin,
    dateTabled: q.dateTabled,
    dateDue: q.dateDue,
    isNamedDay: q.isNamedDay,
    heading: q.heading,
    text: q.text,
    memberHasInterest: q.memberHasInterest,
    dateWithdrawn: q.withdrawnAt ? londonToday(q.withdrawnAt) : null,
    status: effectiveStatus(q, today),
    dateAnswered: q.dateAnswered,
    daysToAnswer: q.daysToAnswer,
    askingMember: {
      ...toMemberRef(q.askingMember),
      house: q.askingMember.house,
      party: q.askingMember.party,
      constituency: q.askingMember.constituency,
    },
    department: { name: q.department.name, shortName: q.department.shortName, slug: q.department.slug, path: departmentPath(q.department) },
    answers: q.answers.map((a) => ({
      id: a.id,
      sequence: a.sequence,
      kind: a.kind,
      answeringMember: a.answeringMember
        ? { ...toMemberRef(a.answeringMember), roleTitle: roleOnDate(a.answeringMember.roles, a.answeredOn, q.departmentId) }
        : null,
      answeredOn: a.answeredOn,
      textHtml: a.textHtml,
      textPlain: a.textPlain,
      attachments: a.attachments.map((f) => ({ title: f.title, url: f.url, fileType: f.fileType, sizeBytes: f.sizeBytes })),
      citedMeetingIds: a.citedMeetings.map((m) => m.meetingId),
      isDemo: a.source === 'DEMO',
      unreportedFields: parseUnreportedFields(a.unreportedFields),
    })),
    meetings: [...meetings.values()].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id - b.id),
    coverage,
    followsUp: q.followsUp
      .map((f) => ({ question: toQuestionRef(f.earlier, today), answer: toFollowedAnswer(f.earlierAnswer), origin: f.origin }))
      .sort(byTabled),
    followedUpBy: q.followedUpBy
      .map((f) => ({ question: toQuestionRef(f.followUp, today), answer: toFollowedAnswer(f.earlierAnswer), origin: f.origin }))
      .sort(byTabled),
    grouped: [...grouped.values()].sort((a, b) => a.dateTabled.getTime() - b.dateTabled.getTime() || a.uin.localeCompare(b.uin)),
    topics: q.topics.map(({ topic }) => ({ name: topic.name, slug: topic.slug, path: topicPath(topic) })).sort((a, b) => a.name.localeCompare(b.name)),
    source: q.source,
    isDemo: q.source === 'DEMO',
    unreportedFields: parseUnreportedFields(q.unreportedFields),
    sourceNote: q.sourceNote,
    parliamentUrl: q.source === 'PARLIAMENT' ? parliamentQuestionUrl(q) : null,
  };
}
