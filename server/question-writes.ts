import 'server-only';
/**
 * The business steps of the question forms, run inside staffAction's transaction (server/actions/questions.ts)
 * and by tests on a temp database: create, edit, withdraw and reinstate, each recording its history.
 */
import type { Prisma } from '@/generated/prisma/client';
import type { House } from '@/generated/prisma/enums';
import { formatDate, toIsoDate } from '@/lib/dates';
import { HOUSE_LABELS } from '@/lib/labels';
import { questionLabel } from '@/lib/question-label';
import { questionPath } from '@/lib/routes';
import { uinFormatProblem, type QuestionFormInput, type QuestionUpdateInput } from '@/lib/validation/question-form';
import { FormError, NotFoundError, type StaffOutcome } from '@/server/writes/execute-staff-write';
import { assertUnchangedSince } from '@/server/history/concurrency';
import type { ChangeInput } from '@/server/history/record-change';
import { refreshQuestionState, setQuestionWithdrawn } from '@/server/question-state';
import { linkFollowUpsFromWording } from './follow-up-detection';

type Tx = Prisma.TransactionClient;
export type RecordChange = (change: ChangeInput) => Promise<number>;

const CHECK = 'Check the highlighted fields: nothing was saved.';

/** The pickers' slugs as ids, with a field error for each one that names nothing. */
async function resolvePicked(tx: Tx, input: QuestionFormInput) {
  const [member, department, topics] = await Promise.all([
    tx.member.findUnique({ where: { slug: input.askingMember }, select: { id: true, slug: true, displayName: true } }),
    tx.department.findUnique({ where: { slug: input.department }, select: { id: true, slug: true, name: true } }),
    tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true, name: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (!member) errors.askingMember = ['That member is not in the records: choose one from the suggestions'];
  if (!department) errors.department = ['That department is not in the records: choose one from the suggestions'];
  const missing = input.topics.filter((slug) => !topics.some((t) => t.slug === slug));
  if (missing.length) errors.topics = [`Not a topic in the records: ${missing.join(', ')}`];
  if (!member || !department || missing.length) throw new FormError(CHECK, errors);
  return { member, department, topics: topics.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** One question per House + UIN + date tabled: refuses with the clashing question named and linked. */
async function assertNoClash(tx: Tx, key: { house: House; uin: string; dateTabled: Date }, exceptId?: number) {
  const clash = await tx.question.findUnique({
    where: { house_uin_dateTabled: key },
    select: { id: true, house: true, uin: true, dateTabled: true, heading: true },
  });
  if (!clash || clash.id === exceptId) return;
  throw new FormError(CHECK, {
    uin: [`${questionLabel(clash)} is already recorded (“${clash.heading}”): one question per House, UIN and date tabled. Check the UIN and date, or edit that question instead.`],
    // Read by the question form to link to the question that is already there.
    _clash: [questionPath(clash), questionLabel(clash)],
  });
}

/** The values a question's history keeps (and a conflict shows), readable on their own. */
function snapshot(q: QuestionFormInput, names: { member: string; department: string; topics: string[] }) {
  return {
    house: q.house,
    uin: q.uin,
    dateTabled: toIsoDate(q.dateTabled),
    dateDue: toIsoDate(q.dateDue),
    isNamedDay: q.isNamedDay,
    askingMember: names.member,
    department: names.department,
    heading: q.heading,
    text: q.text,
    memberHasInterest: q.memberHasInterest,
    topics: names.topics,
  };
}

/** The columns a question form sets besides the house + UIN + date key, on create and on edit alike. */
function questionColumns(input: QuestionFormInput, picked: Awaited<ReturnType<typeof resolvePicked>>) {
  return {
    dateDue: input.dateDue,
    isNamedDay: input.isNamedDay,
    askingMemberId: picked.member.id,
    departmentId: picked.department.id,
    heading: input.heading,
    text: input.text,
    memberHasInterest: input.memberHasInterest,
  };
}

export async function createQuestionRecord(tx: Tx, input: QuestionFormInput, record: RecordChange): Promise<StaffOutcome> {
  const picked = await resolvePicked(tx, input);
  const key = { house: input.house, uin: input.uin, dateTabled: input.dateTabled };
  await assertNoClash(tx, key);
  const question = await tx.question.create({
    data: {
      ...key,
      ...questionColumns(input, picked),
      source: 'STAFF',
      topics: { create: picked.topics.map((t) => ({ topicId: t.id })) },
    },
    select: { id: true, house: true, uin: true, dateTabled: true, text: true },
  });
  const label = questionLabel(question);
  await record({
    entityType: 'Question',
    entityId: question.id,
    action: 'create',
    summary: `${label}: ${input.heading}`,
    after: snapshot(input, { member: picked.member.displayName, department: picked.department.name, topics: picked.topics.map((t) => t.name) }),
  });
  for (const topic of picked.topics) {
    await record({ entityType: 'Topic', entityId: topic.id, action: 'link', summary: topic.name, after: { question: label, questionId: question.id } });
  }
  await linkFollowUpsFromWording(tx, question, record);
  return { redirectTo: questionPath(question), message: `Question ${label} created.` };
}

export async function updateQuestionRecord(tx: Tx, input: QuestionUpdateInput, record: RecordChange): Promise<StaffOutcome> {
  const current = await tx.question.findUnique({
    where: { id: input.id },
    include: { askingMember: { select: { displayName: true } }, department: { select: { name: true } }, topics: { include: { topic: true } } },
  });
  if (!current) throw new NotFoundError('This question no longer exists: it may have been deleted.');
  const beforeTopics = current.topics.map((t) => t.topic).sort((a, b) => a.name.localeCompare(b.name));
  const before = snapshot(
    { ...current, askingMember: '', department: '', topics: [] },
    { member: current.askingMember.displayName, department: current.department.name, topics: beforeTopics.map((t) => t.name) },
  );
  await assertUnchangedSince(tx, 'Question', input.id, input.baseChangeId, async () => [
    { label: 'House', value: HOUSE_LABELS[current.house] },
    { label: 'UIN', value: current.uin },
    { label: 'Date tabled', value: formatDate(current.dateTabled) },
    { label: 'Date due', value: formatDate(current.dateDue) },
    { label: 'Named day', value: current.isNamedDay ? 'Yes' : 'No' },
    { label: 'Asking member', value: current.askingMember.displayName },
    { label: 'Department', value: current.department.name },
    { label: 'Heading', value: current.heading },
    { label: 'Question text', value: current.text },
    { label: 'Member has an interest', value: current.memberHasInterest ? 'Yes' : 'No' },
    { label: 'Topics', value: beforeTopics.map((t) => t.name).join(', ') },
  ]);
  // Records from the demo data or the seed case keep their own UIN shapes; a changed key must be Parliament's.
  if (input.house !== current.house || input.uin !== current.uin) {
    const problem = uinFormatProblem(input.house, input.uin);
    if (problem) throw new FormError(CHECK, { uin: [problem] });
  }
  const picked = await resolvePicked(tx, input);
  const key = { house: input.house, uin: input.uin, dateTabled: input.dateTabled };
  await assertNoClash(tx, key, input.id);

  const answers = await tx.answerVersion.findFirst({ where: { questionId: input.id }, orderBy: { answeredOn: 'asc' }, select: { answeredOn: true } });
  if (answers && answers.answeredOn.getTime() < input.dateTabled.getTime()) {
    throw new FormError(CHECK, { dateTabled: [`Date tabled cannot be after the question’s first answer (${formatDate(answers.answeredOn)})`] });
  }
  if (current.withdrawnAt && current.withdrawnAt.getTime() < input.dateTabled.getTime()) {
    throw new FormError(CHECK, { dateTabled: [`Date tabled cannot be after the date it was withdrawn (${formatDate(current.withdrawnAt)})`] });
  }

  await tx.question.update({
    where: { id: input.id },
    data: { ...key, ...questionColumns(input, picked) },
  });
  const label = questionLabel(key);
  const added = picked.topics.filter((t) => !beforeTopics.some((b) => b.id === t.id));
  const removed = beforeTopics.filter((b) => !picked.topics.some((t) => t.id === b.id));
  if (added.length) await tx.questionTopic.createMany({ data: added.map((t) => ({ questionId: input.id, topicId: t.id })) });
  if (removed.length) await tx.questionTopic.deleteMany({ where: { questionId: input.id, topicId: { in: removed.map((t) => t.id) } } });
  // The date tabled moves the days-to-answer figure: the one writer of the status columns recomputes them.
  if (input.dateTabled.getTime() !== current.dateTabled.getTime()) await refreshQuestionState(tx, input.id);

  const after = snapshot(input, { member: picked.member.displayName, department: picked.department.name, topics: picked.topics.map((t) => t.name) });
  await record({ entityType: 'Question', entityId: input.id, action: 'update', summary: `${label}: ${input.heading}`, before, after });
  for (const topic of added) await record({ entityType: 'Topic', entityId: topic.id, action: 'link', summary: topic.name, after: { question: label, questionId: input.id } });
  for (const topic of removed) await record({ entityType: 'Topic', entityId: topic.id, action: 'unlink', summary: topic.name, before: { question: label, questionId: input.id } });
  if (input.text !== current.text) await linkFollowUpsFromWording(tx, { id: input.id, ...key, text: input.text }, record);
  const moved = label !== questionLabel(current);
  return { redirectTo: questionPath(key), message: moved ? `Question saved; its address changed to ${label}.` : 'Question saved.' };
}

export async function withdrawQuestionRecord(tx: Tx, input: { id: number; withdrawnOn: Date }, record: RecordChange): Promise<StaffOutcome> {
  const q = await tx.question.findUnique({ where: { id: input.id }, select: { id: true, house: true, uin: true, dateTabled: true, withdrawnAt: true, state: true } });
  if (!q) throw new NotFoundError('This question no longer exists: it may have been deleted.');
  if (q.withdrawnAt) throw new FormError(`This question was already withdrawn on ${formatDate(q.withdrawnAt)}.`);
  if (input.withdrawnOn.getTime() < q.dateTabled.getTime()) {
    throw new FormError(CHECK, { withdrawnOn: [`Date withdrawn cannot be before the date tabled (${formatDate(q.dateTabled)})`] });
  }
  const derived = await setQuestionWithdrawn(tx, q.id, input.withdrawnOn);
  await record({
    entityType: 'Question',
    entityId: q.id,
    action: 'withdraw',
    summary: questionLabel(q),
    before: { withdrawnOn: null, state: q.state },
    after: { withdrawnOn: toIsoDate(input.withdrawnOn), state: derived.state },
  });
  return { message: `Question withdrawn on ${formatDate(input.withdrawnOn)}.` };
}

export async function reinstateQuestionRecord(tx: Tx, input: { id: number }, record: RecordChange): Promise<StaffOutcome> {
  const q = await tx.question.findUnique({ where: { id: input.id }, select: { id: true, house: true, uin: true, dateTabled: true, withdrawnAt: true, state: true } });
  if (!q) throw new NotFoundError('This question no longer exists: it may have been deleted.');
  if (!q.withdrawnAt) throw new FormError('This question is not withdrawn: there is nothing to reinstate.');
  const derived = await setQuestionWithdrawn(tx, q.id, null);
  await record({
    entityType: 'Question',
    entityId: q.id,
    action: 'reinstate',
    summary: questionLabel(q),
    before: { withdrawnOn: toIsoDate(q.withdrawnAt), state: q.state },
    after: { withdrawnOn: null, state: derived.state },
  });
  return { message: 'Question reinstated.' };
}
