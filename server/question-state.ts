import 'server-only';
/**
 * The one writer of `Question.state`, `dateAnswered` and `daysToAnswer`: every change to a question's
 * answer versions or withdrawal goes through here (or calls `refreshQuestionState` afterwards), so the
 * stored status always agrees with the versions. The rule itself is lib/question-state.ts.
 */
import type { AnswerKind, RecordSource } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { deriveQuestionState, type DerivedQuestionState } from '@/lib/question-state';
import { htmlToPlainText, sanitizeAnswerHtml } from '@/lib/sanitize-html';

type Tx = Prisma.TransactionClient;

/** Re-reads the question's versions and withdrawal and writes the derived status columns. */
export async function refreshQuestionState(tx: Tx, questionId: number): Promise<DerivedQuestionState> {
  const question = await tx.question.findUniqueOrThrow({
    where: { id: questionId },
    select: { dateTabled: true, withdrawnAt: true, answers: { select: { kind: true, answeredOn: true, sequence: true } } },
  });
  const derived = deriveQuestionState(question);
  await tx.question.update({ where: { id: questionId }, data: derived });
  return derived;
}

export interface NewAnswerVersion {
  questionId: number;
  kind: AnswerKind;
  answeredOn: Date;
  answeringMemberId: number | null;
  /** Untrusted HTML: sanitised here. */
  html: string;
  source: RecordSource;
  unreportedFields?: string | null;
}

/**
 * Appends a version (holding → substantive → correction): versions are never overwritten, the new one
 * gets the next sequence number, and the question's status follows. Run inside a transaction so two
 * writers cannot take the same sequence (the (questionId, sequence) unique key is the backstop).
 */
export async function appendAnswerVersion(tx: Tx, input: NewAnswerVersion) {
  const last = await tx.answerVersion.findFirst({
    where: { questionId: input.questionId },
    orderBy: { sequence: 'desc' },
    select: { sequence: true },
  });
  const textHtml = sanitizeAnswerHtml(input.html);
  const version = await tx.answerVersion.create({
    data: {
      questionId: input.questionId,
      sequence: (last?.sequence ?? 0) + 1,
      kind: input.kind,
      answeredOn: input.answeredOn,
      answeringMemberId: input.answeringMemberId,
      textHtml,
      textPlain: htmlToPlainText(textHtml),
      source: input.source,
      unreportedFields: input.unreportedFields ?? null,
    },
  });
  const state = await refreshQuestionState(tx, input.questionId);
  return { version, state };
}

/** Withdraws a question (or, with null, reinstates it) and updates its status. */
export async function setQuestionWithdrawn(tx: Tx, questionId: number, withdrawnAt: Date | null): Promise<DerivedQuestionState> {
  await tx.question.update({ where: { id: questionId }, data: { withdrawnAt } });
  return refreshQuestionState(tx, questionId);
}

/**
 * The status columns of a question about to be created with these versions: the same rule
 * (lib/question-state.ts), for writers that insert many questions at once (the Parliament sync).
 */
export function initialQuestionState(dateTabled: Date, withdrawnAt: Date | null, versions: readonly { kind: AnswerKind; answeredOn: Date }[]): DerivedQuestionState {
  return deriveQuestionState({ dateTabled, withdrawnAt, answers: versions.map((v, i) => ({ kind: v.kind, answeredOn: v.answeredOn, sequence: i + 1 })) });
}

/**
 * `refreshQuestionState` for many questions: one read of all their versions, then an update of each
 * question whose derived columns differ from the stored ones.
 */
export async function refreshQuestionStates(tx: Tx, questionIds: readonly number[]): Promise<void> {
  if (!questionIds.length) return;
  const questions = await tx.question.findMany({
    where: { id: { in: [...questionIds] } },
    select: { id: true, state: true, dateAnswered: true, daysToAnswer: true, dateTabled: true, withdrawnAt: true, answers: { select: { kind: true, answeredOn: true, sequence: true } } },
  });
  for (const q of questions) {
    const derived = deriveQuestionState(q);
    if (derived.state !== q.state || derived.daysToAnswer !== q.daysToAnswer || derived.dateAnswered?.getTime() !== q.dateAnswered?.getTime()) {
      await tx.question.update({ where: { id: q.id }, data: derived });
    }
  }
}
