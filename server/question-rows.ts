import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { House, QuestionState, RecordSource } from '@/generated/prisma/enums';
import { daysBetween } from '@/lib/dates';
import { effectiveStatus, type QuestionStatus } from '@/lib/question-status';
import { departmentPath, memberPath, questionPath } from '@/lib/routes';
import { parseUnreportedFields } from '@/lib/unreported-fields';

/**
 * A question in a list: the one shape every list of questions uses (the questions table, department
 * and member pages, overdue, a meeting's citing answers, an article's questions, a minister's answers),
 * so a column added here reaches them all.
 */
export interface QuestionRow {
  id: number;
  /** This question's page on Answerable. */
  href: string;
  house: House;
  uin: string;
  /** Calendar dates (UTC midnight). */
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  heading: string;
  member: {
    name: string;
    slug: string;
    href: string;
    /** Null when the source did not report the party. */
    party: { name: string; abbreviation: string; colour: string | null } | null;
  };
  department: { name: string; shortName: string; slug: string; href: string };
  status: QuestionStatus;
  /** Days past the due date, for overdue questions only. */
  daysOverdue: number | null;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
  source: RecordSource;
  isDemo: boolean;
  /** Fields whose stored values are placeholders the source did not report ("uin", "dateTabled"…). */
  unreportedFields: string[];
}

/** The columns a row needs, and no more (question text and answers stay out of list queries). */
export const QUESTION_ROW_SELECT = {
  id: true,
  house: true,
  uin: true,
  dateTabled: true,
  dateDue: true,
  isNamedDay: true,
  heading: true,
  state: true,
  dateAnswered: true,
  daysToAnswer: true,
  source: true,
  unreportedFields: true,
  askingMember: {
    select: { displayName: true, slug: true, party: { select: { name: true, abbreviation: true, colour: true } } },
  },
  department: { select: { name: true, shortName: true, slug: true } },
} satisfies Prisma.QuestionSelect;

/**
 * What `toQuestionRow` reads: a question selected with QUESTION_ROW_SELECT. The search builds the same
 * shape from its own SQL record (server/search/question-search.ts), so both go through one mapping.
 */
export interface QuestionRowFields {
  id: number;
  house: House;
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  isNamedDay: boolean;
  heading: string;
  state: QuestionState;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
  source: RecordSource;
  unreportedFields: string | null;
  askingMember: { displayName: string; slug: string; party: { name: string; abbreviation: string; colour: string | null } | null };
  department: { name: string; shortName: string; slug: string };
}

/** Maps a selected question to its list row; `today` (London, UTC midnight) decides overdue. */
export function toQuestionRow(q: QuestionRowFields, today: Date): QuestionRow {
  const status = effectiveStatus(q, today);
  return {
    id: q.id,
    href: questionPath(q),
    house: q.house,
    uin: q.uin,
    dateTabled: q.dateTabled,
    dateDue: q.dateDue,
    isNamedDay: q.isNamedDay,
    heading: q.heading,
    member: {
      name: q.askingMember.displayName,
      slug: q.askingMember.slug,
      href: memberPath(q.askingMember),
      party: q.askingMember.party,
    },
    department: { name: q.department.name, shortName: q.department.shortName, slug: q.department.slug, href: departmentPath(q.department) },
    status,
    daysOverdue: status === 'overdue' ? daysBetween(q.dateDue, today) : null,
    dateAnswered: q.dateAnswered,
    daysToAnswer: q.daysToAnswer,
    source: q.source,
    isDemo: q.source === 'DEMO',
    unreportedFields: parseUnreportedFields(q.unreportedFields),
  };
}
