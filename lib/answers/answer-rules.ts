/**
 * The rules an answer version must keep with its question and the other versions, checked on every save
 * (log or edit) against the whole sequence as it would be stored:
 *   - no version is dated before the question was tabled, after today (London), or before the version
 *     it follows (versions are in the order given);
 *   - a correction needs an earlier substantive answer;
 *   - a holding answer cannot come after a substantive answer (it promises one);
 *   - nothing new is logged on a withdrawn question.
 * Pure, so forms, actions and tests share it; errors are keyed by the form's field names.
 */
import type { AnswerKind } from '@/generated/prisma/enums';
import { formatDate } from '@/lib/dates';
import { ANSWER_KIND_LABELS } from '@/lib/labels';

export interface VersionFacts {
  sequence: number;
  kind: AnswerKind;
  answeredOn: Date;
}

export interface AnswerRuleInput {
  question: { dateTabled: Date; withdrawnAt: Date | null };
  /** The question's stored versions, any order. */
  versions: VersionFacts[];
  /** The version being saved: a new one (no sequence) or an edit of a stored one. */
  candidate: { sequence?: number; kind: AnswerKind; answeredOn: Date };
  today: Date;
}

export type RuleErrors = Partial<Record<'kind' | 'answeredOn' | '_form', string[]>>;

const describe = (v: VersionFacts) => `the ${ANSWER_KIND_LABELS[v.kind].toLowerCase()} of ${formatDate(v.answeredOn)}`;

/** Errors per field (empty when the version may be saved). */
export function checkAnswerVersion({ question, versions, candidate, today }: AnswerRuleInput): RuleErrors {
  const errors: RuleErrors = {};
  const add = (field: keyof RuleErrors, message: string) => (errors[field] ??= []).push(message);
  const isNew = candidate.sequence === undefined;

  if (isNew && question.withdrawnAt) add('_form', `This question was withdrawn on ${formatDate(question.withdrawnAt)}: a withdrawn question gets no answer. Reinstate it first if it was withdrawn in error.`);
  if (candidate.answeredOn < question.dateTabled) add('answeredOn', `Date answered cannot be before the question was tabled (${formatDate(question.dateTabled)})`);
  if (candidate.answeredOn > today) add('answeredOn', `Date answered cannot be in the future (today is ${formatDate(today)})`);

  // The sequence as it would be stored, in the order given.
  const others = versions.filter((v) => v.sequence !== candidate.sequence).sort((a, b) => a.sequence - b.sequence);
  const sequence = isNew ? Math.max(0, ...versions.map((v) => v.sequence)) + 1 : candidate.sequence!;
  const before = others.filter((v) => v.sequence < sequence);
  const after = others.filter((v) => v.sequence > sequence);
  const self: VersionFacts = { sequence, kind: candidate.kind, answeredOn: candidate.answeredOn };

  const previous = before.at(-1);
  if (previous && candidate.answeredOn < previous.answeredOn) add('answeredOn', `Date answered cannot be before ${describe(previous)}, which this version follows`);
  const next = after[0];
  if (next && candidate.answeredOn > next.answeredOn) add('answeredOn', `Date answered cannot be after ${describe(next)}, which follows this version`);

  const substantiveBefore = before.find((v) => v.kind === 'SUBSTANTIVE');
  if (candidate.kind === 'CORRECTION' && !substantiveBefore) {
    add('kind', 'A correction corrects an earlier answer: this question has no substantive answer before it. Log it as the answer instead.');
  }
  const answeredBefore = before.find((v) => v.kind !== 'HOLDING');
  if (candidate.kind === 'HOLDING' && answeredBefore) {
    add('kind', `A holding answer promises a full answer, but this question was already answered (${describe(answeredBefore)}). To change that answer, log a correction.`);
  }
  // An edit must not break the versions that follow it.
  if (!isNew) {
    const chain = [...before, self];
    for (const later of after) {
      const hasSubstantive = chain.some((v) => v.kind === 'SUBSTANTIVE');
      if (later.kind === 'CORRECTION' && !hasSubstantive) add('kind', `${sentence(describe(later))} needs a substantive answer before it: this version must stay the answer`);
      if (later.kind === 'HOLDING' && candidate.kind !== 'HOLDING') add('kind', `${sentence(describe(later))} follows this version: a holding answer cannot follow an answer`);
      chain.push(later);
    }
  }
  return errors;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function hasErrors(errors: RuleErrors): boolean {
  return Object.keys(errors).length > 0;
}
