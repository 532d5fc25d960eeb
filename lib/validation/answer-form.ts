/**
 * The answer-version forms' schemas (log an answer, edit a version, cite a meeting): shared by the forms,
 * their Server Actions and tests. The rules that need the question's other versions (order of kinds, dates)
 * are lib/answers/answer-rules.ts, applied inside the write.
 */
import { z } from '@/lib/validation/zod';
import type { AnswerKind } from '@/generated/prisma/enums';
import { parseFileSize } from '@/lib/answers/file-size';
import { baseChangeId, recordId, recordIds, ukDate } from './form-fields';

export const ANSWER_KIND_SLUGS = ['holding', 'substantive', 'correction'] as const;
export type AnswerKindSlug = (typeof ANSWER_KIND_SLUGS)[number];
export const KIND_OF_SLUG: Record<AnswerKindSlug, AnswerKind> = { holding: 'HOLDING', substantive: 'SUBSTANTIVE', correction: 'CORRECTION' };
export const SLUG_OF_KIND: Record<AnswerKind, AnswerKindSlug> = { HOLDING: 'holding', SUBSTANTIVE: 'substantive', CORRECTION: 'correction' };

/** The `?kind=` of the log-an-answer address, or null. */
export function parseKindSlug(value: unknown): AnswerKindSlug | null {
  return typeof value === 'string' && (ANSWER_KIND_SLUGS as readonly string[]).includes(value) ? (value as AnswerKindSlug) : null;
}

/** Rich text as submitted (editor HTML, or plain text from the no-script textarea). Sanitised on the server. */
export const MAX_ANSWER_HTML = 200_000;

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export interface AttachmentInput {
  title: string;
  url: string;
  fileType: string | null;
  sizeBytes: number | null;
}

function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const answerFields = z.object({
  kind: z.enum(ANSWER_KIND_SLUGS, { message: 'Choose whether this is a holding answer, the answer or a correction' }).transform((s) => KIND_OF_SLUG[s]),
  answeringMember: z.string({ message: 'Answering member is required: choose a member' }).trim().min(1, 'Answering member is required: choose a member'),
  answeredOn: ukDate('Date answered'),
  html: z.string({ message: 'Answer text is required' }).max(MAX_ANSWER_HTML, 'Answer text is too long (over 200,000 characters of HTML)'),
  meetings: recordIds('Meetings cited'),
  attachmentTitle: list,
  attachmentUrl: list,
  attachmentType: list,
  attachmentSize: list,
});

/**
 * Attachment rows arrive as four parallel lists (one input of each per row). Blank rows are dropped;
 * errors are keyed `attachmentUrl.<row>` etc. so each shows beside its own input.
 */
const withAttachments = <T extends z.infer<typeof answerFields>>(value: T, ctx: z.RefinementCtx) => {
  const rows = Math.max(value.attachmentTitle.length, value.attachmentUrl.length, value.attachmentType.length, value.attachmentSize.length);
  const attachments: AttachmentInput[] = [];
  for (let i = 0; i < rows; i++) {
    const title = (value.attachmentTitle[i] ?? '').trim();
    const url = (value.attachmentUrl[i] ?? '').trim();
    const type = (value.attachmentType[i] ?? '').trim().replace(/^\./, '');
    const size = (value.attachmentSize[i] ?? '').trim();
    if (!title && !url && !type && !size) continue;
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [`${field}.${i}`], message });
    if (!title) issue('attachmentTitle', 'Title is required for an attachment');
    else if (title.length > 300) issue('attachmentTitle', 'Title must be 300 characters or fewer');
    if (!url) issue('attachmentUrl', 'Web address is required for an attachment');
    else if (url.length > 2000 || !isWebUrl(url)) issue('attachmentUrl', 'Web address must be a full address starting with http:// or https://');
    if (type.length > 20 || (type && !/^[\p{L}\p{N}+-]+$/u.test(type))) issue('attachmentType', 'File type must be a short name such as PDF or XLSX');
    const sizeBytes = size ? parseFileSize(size) : null;
    if (size && sizeBytes === null) issue('attachmentSize', 'Size must be a number of bytes or a size such as 245 KB or 1.2 MB');
    attachments.push({ title, url, fileType: type ? type.toUpperCase() : null, sizeBytes });
  }
  const { attachmentTitle: _t, attachmentUrl: _u, attachmentType: _ty, attachmentSize: _s, ...rest } = value;
  return { ...rest, attachments };
};

export const logAnswerSchema = answerFields.extend({ questionId: recordId('Question') }).transform(withAttachments);
export const editAnswerSchema = answerFields.extend({ answerId: recordId('Answer version'), baseChangeId }).transform(withAttachments);
export type LogAnswerInput = z.output<typeof logAnswerSchema>;
export type EditAnswerInput = z.output<typeof editAnswerSchema>;

/** Cite a meeting from an answer version (or, from the meeting's page, link an answer): the same pair. */
const chosenId = (message: string) => z.coerce.number({ message }).int(message).positive(message);
export const answerMeetingSchema = z.object({ answerId: chosenId('Choose an answer version'), meetingId: chosenId('Choose a meeting') });
