import 'server-only';
/**
 * The business steps of the answer-version writes, run inside staffAction's transaction (the Server
 * Actions in server/actions/answers.ts wrap them; tests run them through executeStaffWrite). Versions are
 * appended through server/question-state.ts, so the question's status always follows; every change is
 * recorded on the answer version and on the records it links (question, meetings).
 */
import type { Prisma } from '@/generated/prisma/client';
import type { AnswerKind } from '@/generated/prisma/enums';
import { checkAnswerVersion, hasErrors } from '@/lib/answers/answer-rules';
import { prepareAnswerText } from '@/lib/answers/answer-text';
import { londonToday, toIsoDate } from '@/lib/dates';
import { ANSWER_KIND_LABELS } from '@/lib/labels';
import { answerPath } from '@/lib/routes';
import type { AttachmentInput, EditAnswerInput, LogAnswerInput } from '@/lib/validation/answer-form';
import type { StaffContext } from '@/server/writes/execute-staff-write';
import { FormError, NotFoundError } from '@/server/writes/execute-staff-write';
import { assertUnchangedSince } from '@/server/history/concurrency';
import { appendAnswerVersion, refreshQuestionState } from '@/server/question-state';

type Tx = Prisma.TransactionClient;
const REFUSED = 'Check the highlighted fields: nothing was saved.';

const QUESTION_SELECT = {
  id: true, house: true, uin: true, dateTabled: true, withdrawnAt: true, heading: true, state: true, dateAnswered: true, daysToAnswer: true,
  answers: { select: { sequence: true, kind: true, answeredOn: true } },
} as const satisfies Prisma.QuestionSelect;
type QuestionFacts = Prisma.QuestionGetPayload<{ select: typeof QUESTION_SELECT }>;

const questionLabel = (q: { house: 'COMMONS' | 'LORDS'; uin: string; heading: string }) => `${q.house === 'LORDS' ? 'Lords' : 'Commons'} ${q.uin}: ${q.heading}`;
/** "Commons 8024: Defence: Procurement — answer of 11 March 2025 (version 2)" */
export const versionLabel = (q: { house: 'COMMONS' | 'LORDS'; uin: string; heading: string }, v: { sequence: number; kind: AnswerKind; answeredOn: Date }) =>
  `${questionLabel(q)} — ${ANSWER_KIND_LABELS[v.kind].toLowerCase()} of ${toIsoDate(v.answeredOn)} (version ${v.sequence})`;

async function memberId(tx: Tx, slug: string): Promise<number> {
  const member = await tx.member.findUnique({ where: { slug }, select: { id: true } });
  if (!member) throw new FormError(REFUSED, { answeringMember: ['No such member: choose one from the suggestions'] });
  return member.id;
}

async function meetingsById(tx: Tx, ids: number[]) {
  const found = await tx.meeting.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, date: true } });
  if (found.length !== ids.length) throw new FormError(REFUSED, { meetings: ['One of the meetings cited no longer exists: remove it and choose again'] });
  return found;
}

function answerText(html: string) {
  const text = prepareAnswerText(html);
  if (!text.plain) throw new FormError(REFUSED, { html: ['Answer text is required'] });
  return text;
}

function checkRules(question: QuestionFacts, candidate: { sequence?: number; kind: AnswerKind; answeredOn: Date }) {
  const errors = checkAnswerVersion({ question, versions: question.answers, candidate, today: londonToday() });
  if (!hasErrors(errors)) return;
  const { _form, ...fields } = errors;
  throw new FormError(_form?.join(' ') ?? REFUSED, fields);
}

/** The version as its history shows it (and as a restore would need it). */
async function snapshot(tx: Tx, answerId: number) {
  const v = await tx.answerVersion.findUniqueOrThrow({
    where: { id: answerId },
    select: {
      sequence: true, kind: true, answeredOn: true, textHtml: true,
      answeringMember: { select: { slug: true, displayName: true } },
      attachments: { select: { title: true, url: true, fileType: true, sizeBytes: true }, orderBy: { id: 'asc' } },
      citedMeetings: { select: { meetingId: true }, orderBy: { meetingId: 'asc' } },
    },
  });
  return {
    sequence: v.sequence,
    kind: v.kind,
    answeredOn: toIsoDate(v.answeredOn),
    answeringMember: v.answeringMember ? `${v.answeringMember.displayName} (${v.answeringMember.slug})` : null,
    textHtml: v.textHtml,
    attachments: v.attachments,
    meetingIds: v.citedMeetings.map((m) => m.meetingId),
  };
}

const attachmentRows = (answerId: number, attachments: AttachmentInput[]) => attachments.map((a) => ({ answerId, ...a }));

async function recordMeetingLinks(ctx: StaffContext, action: 'link' | 'unlink', answer: { id: number; label: string }, meetings: { id: number; title: string; date: Date }[]) {
  for (const m of meetings) {
    const pair = { answerVersionId: answer.id, answer: answer.label, meetingId: m.id, meeting: `${m.title} (${toIsoDate(m.date)})` };
    const [before, after] = action === 'link' ? [undefined, pair] : [pair, undefined];
    await ctx.record({ entityType: 'AnswerVersion', entityId: answer.id, action, summary: `${action === 'link' ? 'Cites' : 'No longer cites'} ${pair.meeting}`, before, after });
    await ctx.record({ entityType: 'Meeting', entityId: m.id, action, summary: `${action === 'link' ? 'Cited by' : 'No longer cited by'} ${answer.label}`, before, after });
  }
}

/** Log a new version (holding, substantive or correction) of a question's answer. */
export async function logAnswerStep(input: LogAnswerInput, ctx: StaffContext) {
  const { tx } = ctx;
  const question = await tx.question.findUnique({ where: { id: input.questionId }, select: QUESTION_SELECT });
  if (!question) throw new NotFoundError('This question no longer exists: it may have been deleted.');
  checkRules(question, { kind: input.kind, answeredOn: input.answeredOn });
  const answeringMemberId = await memberId(tx, input.answeringMember);
  const meetings = await meetingsById(tx, input.meetings);
  const text = answerText(input.html);

  const { version, state } = await appendAnswerVersion(tx, { questionId: question.id, kind: input.kind, answeredOn: input.answeredOn, answeringMemberId, html: text.html, source: 'STAFF' });
  if (input.attachments.length) await tx.attachment.createMany({ data: attachmentRows(version.id, input.attachments) });
  if (meetings.length) await tx.answerMeeting.createMany({ data: meetings.map((m) => ({ answerId: version.id, meetingId: m.id })) });

  const label = versionLabel(question, version);
  await ctx.record({ entityType: 'AnswerVersion', entityId: version.id, action: 'create', summary: label, after: await snapshot(tx, version.id) });
  await ctx.record({
    entityType: 'Question', entityId: question.id, action: 'link', summary: `${ANSWER_KIND_LABELS[version.kind]} logged (version ${version.sequence})`,
    before: { state: question.state, dateAnswered: question.dateAnswered, daysToAnswer: question.daysToAnswer },
    after: { answerVersionId: version.id, sequence: version.sequence, ...state },
  });
  await recordMeetingLinks(ctx, 'link', { id: version.id, label }, meetings);
  return { redirectTo: answerPath(question, version.sequence), message: `${ANSWER_KIND_LABELS[version.kind]} logged.` };
}

/** Correct what staff logged in a version (a typo, a wrong date): the same version, changed, with history. */
export async function editAnswerStep(input: EditAnswerInput, ctx: StaffContext) {
  const { tx } = ctx;
  const stored = await tx.answerVersion.findUnique({ where: { id: input.answerId }, select: { id: true, questionId: true, sequence: true, unreportedFields: true } });
  if (!stored) throw new NotFoundError('This answer version no longer exists: it may have been deleted.');
  const before = await snapshot(tx, stored.id);
  await assertUnchangedSince(tx, 'AnswerVersion', stored.id, input.baseChangeId, async () => [
    { label: 'Kind', value: ANSWER_KIND_LABELS[before.kind] },
    { label: 'Answering member', value: before.answeringMember ?? '' },
    { label: 'Date answered', value: before.answeredOn },
    { label: 'Text', value: prepareAnswerText(before.textHtml).plain },
    { label: 'Attachments', value: before.attachments.map((a) => `${a.title} <${a.url}>`).join('\n') },
    { label: 'Meetings cited', value: before.meetingIds.join(', ') },
  ]);
  const question = await tx.question.findUniqueOrThrow({ where: { id: stored.questionId }, select: QUESTION_SELECT });
  checkRules(question, { sequence: stored.sequence, kind: input.kind, answeredOn: input.answeredOn });
  const answeringMemberId = await memberId(tx, input.answeringMember);
  const meetings = await meetingsById(tx, input.meetings);
  const text = answerText(input.html);

  // Fields staff have now entered are no longer placeholders for what the source did not report.
  const unreported = (stored.unreportedFields ?? '').split(',').filter(Boolean);
  const stillUnreported = unreported.filter((f) => {
    if (f === 'answeredOn') return toIsoDate(input.answeredOn) === before.answeredOn;
    if (f === 'textHtml') return text.html === before.textHtml;
    if (f === 'answeringMember' || f === 'answeringMemberId') return false;
    return true;
  });
  await tx.answerVersion.update({
    where: { id: stored.id },
    data: { kind: input.kind, answeredOn: input.answeredOn, answeringMemberId, textHtml: text.html, textPlain: text.plain, unreportedFields: stillUnreported.join(',') || null },
  });
  await tx.attachment.deleteMany({ where: { answerId: stored.id } });
  if (input.attachments.length) await tx.attachment.createMany({ data: attachmentRows(stored.id, input.attachments) });
  const wanted = new Set(meetings.map((m) => m.id));
  const had = new Set(before.meetingIds);
  const added = meetings.filter((m) => !had.has(m.id));
  const removedIds = before.meetingIds.filter((id) => !wanted.has(id));
  if (removedIds.length) await tx.answerMeeting.deleteMany({ where: { answerId: stored.id, meetingId: { in: removedIds } } });
  if (added.length) await tx.answerMeeting.createMany({ data: added.map((m) => ({ answerId: stored.id, meetingId: m.id })) });
  const state = await refreshQuestionState(tx, question.id);

  const label = versionLabel(question, { sequence: stored.sequence, kind: input.kind, answeredOn: input.answeredOn });
  await ctx.record({ entityType: 'AnswerVersion', entityId: stored.id, action: 'update', summary: label, before, after: await snapshot(tx, stored.id) });
  await ctx.record({
    entityType: 'Question', entityId: question.id, action: 'update', summary: `Answer version ${stored.sequence} edited`,
    before: { answerVersionId: stored.id, state: question.state, dateAnswered: question.dateAnswered, daysToAnswer: question.daysToAnswer },
    after: { answerVersionId: stored.id, ...state },
  });
  const removed = removedIds.length ? await tx.meeting.findMany({ where: { id: { in: removedIds } }, select: { id: true, title: true, date: true } }) : [];
  await recordMeetingLinks(ctx, 'link', { id: stored.id, label }, added);
  await recordMeetingLinks(ctx, 'unlink', { id: stored.id, label }, removed);
  return { redirectTo: answerPath(question, stored.sequence), message: 'Answer version saved.' };
}

async function linkPair(tx: Tx, answerId: number, meetingId: number) {
  const answer = await tx.answerVersion.findUnique({
    where: { id: answerId },
    select: { id: true, sequence: true, kind: true, answeredOn: true, question: { select: { house: true, uin: true, heading: true } } },
  });
  if (!answer) throw new FormError(REFUSED, { answerId: ['This answer version no longer exists: choose another'] });
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, title: true, date: true } });
  if (!meeting) throw new FormError(REFUSED, { meetingId: ['This meeting no longer exists: choose another'] });
  const linked = await tx.answerMeeting.findUnique({ where: { answerId_meetingId: { answerId, meetingId } } });
  return { answer: { id: answer.id, label: versionLabel(answer.question, answer) }, meeting, linked: Boolean(linked) };
}

/** An answer version cites a meeting (made from either end). */
export async function citeMeetingStep(input: { answerId: number; meetingId: number }, ctx: StaffContext) {
  const { answer, meeting, linked } = await linkPair(ctx.tx, input.answerId, input.meetingId);
  if (linked) throw new FormError(REFUSED, { meetingId: [`This answer already cites “${meeting.title}”`] });
  await ctx.tx.answerMeeting.create({ data: { answerId: answer.id, meetingId: meeting.id } });
  await recordMeetingLinks(ctx, 'link', answer, [meeting]);
  return { message: `Linked: the answer cites “${meeting.title}”.` };
}

/** Removes a citation (from either end). */
export async function unciteMeetingStep(input: { answerId: number; meetingId: number }, ctx: StaffContext) {
  const { answer, meeting, linked } = await linkPair(ctx.tx, input.answerId, input.meetingId);
  if (!linked) throw new FormError(`This answer no longer cites “${meeting.title}”: someone may have unlinked it already.`);
  await ctx.tx.answerMeeting.delete({ where: { answerId_meetingId: { answerId: answer.id, meetingId: meeting.id } } });
  await recordMeetingLinks(ctx, 'unlink', answer, [meeting]);
  return { message: `Unlinked: the answer no longer cites “${meeting.title}”.` };
}
