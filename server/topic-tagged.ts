import 'server-only';
import { prisma } from '@/server/db';
import type { TaggableKind } from '@/lib/validation/topic-tags';
import { formatShortDate } from '@/lib/dates';
import { coveragePath, meetingPath, questionPath } from '@/lib/routes';

export interface TaggedRecord {
  id: number;
  label: string;
  /** A second line: date, outlet. */
  detail: string | null;
  href: string;
}

export type TaggedPages = Record<TaggableKind, number>;
export type TaggedRecords = Record<TaggableKind, { rows: TaggedRecord[]; page: number }>;

export const TAGGED_PAGE_SIZE = 10;

const house = (h: string) => (h === 'LORDS' ? 'Lords' : 'Commons');

/**
 * The records tagged with a topic, a page of each kind, for the editors' tagging panel (where each can be
 * untagged): questions most recently recorded first, meetings and articles newest first (a topic has few). Read from the link tables' topic index, so a big topic costs a sort of its
 * own tags, never a scan of every question.
 */
export async function listTaggedRecords(topicId: number, pages: TaggedPages): Promise<TaggedRecords> {
  const skip = (kind: TaggableKind) => (pages[kind] - 1) * TAGGED_PAGE_SIZE;
  const take = TAGGED_PAGE_SIZE;
  const [questions, meetings, coverage] = await Promise.all([
    prisma.questionTopic.findMany({
      where: { topicId },
      // The most recently recorded first: read from the topic's own index. Sorting by date tabled would join
      // every tagged question first (134 ms for a topic of 21,000 questions in a 200,000-question database).
      orderBy: { questionId: 'desc' },
      skip: skip('question'),
      take,
      select: { question: { select: { id: true, house: true, uin: true, heading: true, dateTabled: true } } },
    }),
    prisma.meetingTopic.findMany({
      where: { topicId },
      orderBy: [{ meeting: { date: 'desc' } }, { meetingId: 'desc' }],
      skip: skip('meeting'),
      take,
      select: { meeting: { select: { id: true, title: true, date: true, place: true } } },
    }),
    prisma.coverageTopic.findMany({
      where: { topicId },
      orderBy: [{ coverage: { publishedOn: 'desc' } }, { coverageId: 'desc' }],
      skip: skip('coverage'),
      take,
      select: { coverage: { select: { id: true, outlet: true, headline: true, publishedOn: true } } },
    }),
  ]);
  return {
    question: {
      page: pages.question,
      rows: questions.map(({ question: q }) => ({ id: q.id, label: `${house(q.house)} ${q.uin}: ${q.heading}`, detail: `tabled ${formatShortDate(q.dateTabled)}`, href: questionPath(q) })),
    },
    meeting: {
      page: pages.meeting,
      rows: meetings.map(({ meeting: m }) => ({ id: m.id, label: m.title, detail: [formatShortDate(m.date), m.place].filter(Boolean).join(', '), href: meetingPath(m) })),
    },
    coverage: {
      page: pages.coverage,
      rows: coverage.map(({ coverage: c }) => ({ id: c.id, label: c.headline, detail: [c.outlet, c.publishedOn ? formatShortDate(c.publishedOn) : null].filter(Boolean).join(', '), href: coveragePath(c) })),
    },
  };
}
