import 'server-only';
import { formatDate } from '@/lib/dates';
import { questionPath } from '@/lib/routes';
import { latestChangeId } from '@/server/history/concurrency';
import { prisma } from './db';
import type { QuestionKey } from './question-detail';

/** A question as its edit form starts: typed values (UK dates), the pickers' choices, and the change it was loaded at. */
export interface QuestionForEdit {
  id: number;
  path: string;
  label: string;
  house: 'COMMONS' | 'LORDS';
  uin: string;
  dateTabled: string;
  dateDue: string;
  isNamedDay: boolean;
  askingMember: { value: string; label: string };
  department: { value: string; label: string };
  heading: string;
  text: string;
  memberHasInterest: boolean;
  topics: { value: string; label: string }[];
  baseChangeId: number;
}

/** The question at this address ready for its edit form, or null. */
export async function getQuestionForEdit(key: QuestionKey): Promise<QuestionForEdit | null> {
  const q = await prisma.question.findUnique({
    where: { house_uin_dateTabled: key },
    include: { askingMember: { select: { slug: true, displayName: true } }, department: { select: { slug: true, name: true } }, topics: { include: { topic: true } } },
  });
  if (!q) return null;
  return {
    id: q.id,
    path: questionPath(q),
    label: `${q.house === 'LORDS' ? 'Lords' : 'Commons'} ${q.uin}`,
    house: q.house,
    uin: q.uin,
    dateTabled: formatDate(q.dateTabled),
    dateDue: formatDate(q.dateDue),
    isNamedDay: q.isNamedDay,
    askingMember: { value: q.askingMember.slug, label: q.askingMember.displayName },
    department: { value: q.department.slug, label: q.department.name },
    heading: q.heading,
    text: q.text,
    memberHasInterest: q.memberHasInterest,
    topics: q.topics.map(({ topic }) => ({ value: topic.slug, label: topic.name })).sort((a, b) => a.label.localeCompare(b.label)),
    baseChangeId: await latestChangeId(prisma, 'Question', q.id),
  };
}

