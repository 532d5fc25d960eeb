import 'server-only';
/** Reads for the answer forms' pages: the question being answered and, for an edit, the version. */
import type { Prisma } from '@/generated/prisma/client';
import type { AnswerFormQuestion, AnswerVersionForEdit } from '@/lib/answers/answer-form-data';
import { formatDate, formatShortDate } from '@/lib/dates';
import { parseFileSize } from '@/lib/answers/file-size';
import { ANSWER_KIND_LABELS, formatFileSize } from '@/lib/labels';
import { questionPath } from '@/lib/routes';
import { prisma } from '@/server/db';
import { latestChangeId } from '@/server/history/concurrency';
import type { QuestionKey } from '@/server/question-detail';

const QUESTION_SELECT = {
  id: true, house: true, uin: true, heading: true, dateTabled: true, withdrawnAt: true, departmentId: true,
  answers: { select: { sequence: true, kind: true, answeredOn: true, answeringMember: { select: { slug: true, displayName: true } } }, orderBy: { sequence: 'asc' } },
} as const satisfies Prisma.QuestionSelect;

async function findQuestion(key: QuestionKey) {
  return prisma.question.findUnique({ where: { house_uin_dateTabled: { house: key.house, uin: key.uin, dateTabled: key.dateTabled } }, select: QUESTION_SELECT });
}

/** The size as shown ("245 kB") when saving it again gives the same bytes, else the exact bytes. */
function editableSize(bytes: number): string {
  const shown = formatFileSize(bytes);
  return parseFileSize(shown) === bytes ? shown : String(bytes);
}

/** The question for the log-an-answer form; null when there is none. */
export async function getAnswerFormQuestion(key: QuestionKey): Promise<AnswerFormQuestion | null> {
  const q = await findQuestion(key);
  if (!q) return null;
  const previous = q.answers.findLast((a) => a.answeringMember)?.answeringMember;
  // Otherwise whoever last answered for the department: usually the minister answering its questions now.
  const departmental = previous
    ? null
    : await prisma.answerVersion.findFirst({
        where: { question: { departmentId: q.departmentId }, answeringMemberId: { not: null } },
        orderBy: { answeredOn: 'desc' },
        select: { answeringMember: { select: { slug: true, displayName: true } } },
      });
  const member = previous ?? departmental?.answeringMember ?? null;
  return {
    id: q.id,
    path: questionPath(q),
    label: `${q.house === 'LORDS' ? 'Lords' : 'Commons'} ${q.uin}`,
    heading: q.heading,
    dateTabled: formatDate(q.dateTabled),
    withdrawn: q.withdrawnAt !== null,
    versions: q.answers.map((a) => ({ sequence: a.sequence, kind: a.kind, answeredOn: formatDate(a.answeredOn) })),
    defaultMember: member ? { value: member.slug, label: member.displayName } : null,
  };
}

/** One version of the question's answer, as its edit form starts; null when there is none. */
export async function getAnswerVersionForEdit(key: QuestionKey, sequence: number): Promise<{ question: AnswerFormQuestion; version: AnswerVersionForEdit } | null> {
  const question = await getAnswerFormQuestion(key);
  if (!question) return null;
  const v = await prisma.answerVersion.findUnique({
    where: { questionId_sequence: { questionId: question.id, sequence } },
    select: {
      id: true, sequence: true, kind: true, answeredOn: true, textHtml: true,
      answeringMember: { select: { slug: true, displayName: true } },
      attachments: { orderBy: { id: 'asc' }, select: { title: true, url: true, fileType: true, sizeBytes: true } },
      citedMeetings: { orderBy: { meeting: { date: 'asc' } }, select: { meeting: { select: { id: true, title: true, date: true } } } },
    },
  });
  if (!v) return null;
  return {
    question,
    version: {
      id: v.id,
      sequence: v.sequence,
      kind: v.kind,
      answeredOn: formatDate(v.answeredOn),
      member: v.answeringMember ? { value: v.answeringMember.slug, label: v.answeringMember.displayName } : null,
      html: v.textHtml,
      attachments: v.attachments.map((a) => ({ title: a.title, url: a.url, fileType: a.fileType ?? '', size: a.sizeBytes != null ? editableSize(a.sizeBytes) : '' })),
      meetings: v.citedMeetings.map(({ meeting: m }) => ({ value: String(m.id), label: `${m.title} (${formatShortDate(m.date)})` })),
      baseChangeId: await latestChangeId(prisma, 'AnswerVersion', v.id),
    },
  };
}

/** A question's versions as choices for "link an answer" on a meeting's page (oldest first). */
export async function listAnswerVersionChoices(questionId: number): Promise<{ value: string; label: string }[]> {
  const versions = await prisma.answerVersion.findMany({
    where: { questionId },
    orderBy: { sequence: 'asc' },
    select: { id: true, sequence: true, kind: true, answeredOn: true, answeringMember: { select: { displayName: true } } },
  });
  return versions.map((v) => ({
    value: String(v.id),
    label: `${v.sequence}. ${ANSWER_KIND_LABELS[v.kind]} of ${formatDate(v.answeredOn)}${v.answeringMember ? `, ${v.answeringMember.displayName}` : ''}`,
  }));
}
