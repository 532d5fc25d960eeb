import 'server-only';
import { UTCDate } from '@date-fns/utc';
import { startOfWeek } from 'date-fns';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { londonToday } from '@/lib/dates';
import { roleOnDate } from '@/lib/member-roles';
import { statusCondition, type QuestionStatus } from '@/lib/question-status';
import { coveragePath, departmentPath, memberPath, questionPath } from '@/lib/routes';
import { parseUnreportedFields } from '@/lib/unreported-fields';
import { prisma } from '@/server/db';

export interface DashboardCounts {
  overdue: number;
  awaiting: number;
  holding: number;
  answeredThisWeek: number;
  total: number;
  /** Monday of this week in London (UTC midnight): the start of "this week". */
  weekStart: Date;
}

export interface LatestAnswer {
  questionId: number;
  href: string;
  heading: string;
  headingUnreported: boolean;
  askingMember: { name: string; href: string; party: { name: string; abbreviation: string; colour: string | null } | null };
  /** Null when the answer does not name who gave it. */
  answeringMember: { name: string; href: string; roleTitle: string | null } | null;
  department: { name: string; href: string };
  dateAnswered: Date;
  /** The answer date is a placeholder the source did not report. */
  dateAnsweredUnreported: boolean;
  daysToAnswer: number | null;
  isDemo: boolean;
}

export interface CoverageItem {
  id: number;
  href: string;
  outlet: string;
  headline: string;
  publishedOn: Date | null;
  publishedOnUnreported: boolean;
  /** The article's own address; null when the stored one is a placeholder. */
  externalUrl: string | null;
  isDemo: boolean;
  /** The first question the article covers, if any. */
  question: { heading: string; href: string } | null;
}

export interface Dashboard {
  counts: DashboardCounts;
  latestAnswers: LatestAnswer[];
  coverage: CoverageItem[];
}

export interface DashboardOptions {
  db?: PrismaClient;
  today?: Date;
  answers?: number;
  articles?: number;
}

/** Everything the home page shows: status counts, the latest answers and the newest coverage. */
export async function getDashboard(options: DashboardOptions = {}): Promise<Dashboard> {
  const db = options.db ?? prisma;
  const today = options.today ?? londonToday();
  const [counts, latestAnswers, coverage] = await Promise.all([
    countByStatus(db, today),
    listLatestAnswers(db, options.answers ?? 8),
    listNewestCoverage(db, options.articles ?? 5),
  ]);
  return { counts, latestAnswers, coverage };
}

async function countByStatus(db: PrismaClient, today: Date): Promise<DashboardCounts> {
  const countStatus = (status: QuestionStatus) => {
    const c = statusCondition(status, today);
    return db.question.count({ where: { state: c.state, dateDue: { lt: c.dueBefore, gte: c.dueOnOrAfter } } });
  };
  const weekStart = new Date(startOfWeek(new UTCDate(today), { weekStartsOn: 1 }).getTime());
  const [overdue, awaiting, holding, answeredThisWeek, total] = await Promise.all([
    countStatus('overdue'),
    countStatus('awaiting'),
    countStatus('holding'),
    db.question.count({ where: { dateAnswered: { gte: weekStart, lte: today } } }),
    db.question.count(),
  ]);
  return { overdue, awaiting, holding, answeredThisWeek, total, weekStart };
}

async function listLatestAnswers(db: PrismaClient, take: number): Promise<LatestAnswer[]> {
  const questions = await db.question.findMany({
    where: { dateAnswered: { not: null } },
    orderBy: [{ dateAnswered: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      house: true,
      uin: true,
      dateTabled: true,
      heading: true,
      dateAnswered: true,
      daysToAnswer: true,
      departmentId: true,
      source: true,
      unreportedFields: true,
      askingMember: { select: { displayName: true, slug: true, party: { select: { name: true, abbreviation: true, colour: true } } } },
      department: { select: { name: true, slug: true } },
      answers: {
        where: { kind: 'SUBSTANTIVE' },
        orderBy: { sequence: 'asc' },
        take: 1,
        select: {
          unreportedFields: true,
          answeringMember: {
            select: { displayName: true, slug: true, roles: { select: { title: true, departmentId: true, startDate: true, endDate: true } } },
          },
        },
      },
    },
  });

  return questions.map((q) => {
    const answer = q.answers[0];
    const unreported = parseUnreportedFields(q.unreportedFields);
    const answerUnreported = parseUnreportedFields(answer?.unreportedFields);
    const dateAnswered = q.dateAnswered!;
    const minister = answer?.answeringMember;
    return {
      questionId: q.id,
      href: questionPath(q),
      heading: q.heading,
      headingUnreported: unreported.includes('heading'),
      askingMember: { name: q.askingMember.displayName, href: memberPath(q.askingMember), party: q.askingMember.party },
      answeringMember: minister
        ? { name: minister.displayName, href: memberPath(minister), roleTitle: roleOnDate(minister.roles, dateAnswered, q.departmentId) }
        : null,
      department: { name: q.department.name, href: departmentPath(q.department) },
      dateAnswered,
      dateAnsweredUnreported: unreported.includes('dateAnswered') || answerUnreported.includes('answeredOn'),
      daysToAnswer: q.daysToAnswer,
      isDemo: q.source === 'DEMO',
    };
  });
}

const coverageSelect = {
  id: true,
  outlet: true,
  headline: true,
  url: true,
  publishedOn: true,
  source: true,
  unreportedFields: true,
  questions: {
    take: 1,
    orderBy: { questionId: 'asc' },
    select: { question: { select: { heading: true, house: true, uin: true, dateTabled: true } } },
  },
} satisfies Prisma.CoverageSelect;

/**
 * The newest articles, reported (non-demo) ones first: generated demo coverage is filler and must
 * never push a real article off the home page. Without demo data this is simply newest first.
 */
async function listNewestCoverage(db: PrismaClient, take: number): Promise<CoverageItem[]> {
  const orderBy: Prisma.CoverageOrderByWithRelationInput[] = [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }];
  const reported = await db.coverage.findMany({ where: { source: { not: 'DEMO' } }, orderBy, take, select: coverageSelect });
  const demo =
    reported.length < take
      ? await db.coverage.findMany({ where: { source: 'DEMO' }, orderBy, take: take - reported.length, select: coverageSelect })
      : [];
  return [...reported, ...demo].map((a) => {
    const unreported = parseUnreportedFields(a.unreportedFields);
    const covered = a.questions[0]?.question;
    return {
      id: a.id,
      href: coveragePath(a),
      outlet: a.outlet,
      headline: a.headline,
      publishedOn: a.publishedOn,
      publishedOnUnreported: unreported.includes('publishedOn'),
      externalUrl: unreported.includes('url') || isPlaceholderUrl(a.url) ? null : a.url,
      isDemo: a.source === 'DEMO',
      question: covered ? { heading: covered.heading, href: questionPath(covered) } : null,
    };
  });
}

/** Placeholder addresses use the reserved `.invalid` top-level domain (RFC 2606): never link them. */
function isPlaceholderUrl(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.invalid');
  } catch {
    return true;
  }
}
