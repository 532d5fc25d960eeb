/**
 * The rule that turns a question's answer versions and withdrawal into its stored status columns.
 * Pure (no database), so the data layer (server/question-state.ts), the seed and the demo-data
 * generator all derive `state`, `dateAnswered` and `daysToAnswer` the same way.
 */
import type { AnswerKind, QuestionState } from '@/generated/prisma/enums';
import { daysBetween } from './dates';

export interface AnswerVersionFacts {
  kind: AnswerKind;
  answeredOn: Date;
  /** 1, 2, 3… in the order the versions were given; the highest is the current one. */
  sequence: number;
}

export interface QuestionStateInput {
  dateTabled: Date;
  withdrawnAt: Date | null;
  answers: readonly AnswerVersionFacts[];
}

export interface DerivedQuestionState {
  state: QuestionState;
  /** First substantive answer's date (a correction does not move it). */
  dateAnswered: Date | null;
  /** Calendar days from tabling to `dateAnswered`. */
  daysToAnswer: number | null;
}

const STATE_OF_KIND: Record<AnswerKind, QuestionState> = {
  HOLDING: 'HOLDING',
  SUBSTANTIVE: 'ANSWERED',
  CORRECTION: 'CORRECTED',
};

/**
 * Withdrawn wins; otherwise the latest version decides (correction → CORRECTED, substantive →
 * ANSWERED, holding → HOLDING) and a question with no versions is AWAITING.
 */
export function deriveQuestionState(input: QuestionStateInput): DerivedQuestionState {
  const ordered = [...input.answers].sort((a, b) => a.sequence - b.sequence);
  const firstSubstantive = ordered.find((a) => a.kind === 'SUBSTANTIVE');
  const dateAnswered = firstSubstantive?.answeredOn ?? null;
  const daysToAnswer = dateAnswered ? daysBetween(input.dateTabled, dateAnswered) : null;

  if (input.withdrawnAt) return { state: 'WITHDRAWN', dateAnswered, daysToAnswer };
  const latest = ordered.at(-1);
  return { state: latest ? STATE_OF_KIND[latest.kind] : 'AWAITING', dateAnswered, daysToAnswer };
}
