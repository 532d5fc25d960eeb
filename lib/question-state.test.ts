import { describe, expect, it } from 'vitest';
import { deriveQuestionState, type AnswerVersionFacts } from './question-state';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tabled = day('2026-03-02');
const holding: AnswerVersionFacts = { kind: 'HOLDING', answeredOn: day('2026-03-09'), sequence: 1 };
const substantive: AnswerVersionFacts = { kind: 'SUBSTANTIVE', answeredOn: day('2026-03-16'), sequence: 2 };
const correction: AnswerVersionFacts = { kind: 'CORRECTION', answeredOn: day('2026-04-01'), sequence: 3 };

const derive = (answers: AnswerVersionFacts[], withdrawnAt: Date | null = null) => deriveQuestionState({ dateTabled: tabled, withdrawnAt, answers });

describe('deriveQuestionState', () => {
  it('is AWAITING with no answer versions', () => {
    expect(derive([])).toEqual({ state: 'AWAITING', dateAnswered: null, daysToAnswer: null });
  });

  it('is HOLDING after only a holding answer, which does not count as answered', () => {
    expect(derive([holding])).toEqual({ state: 'HOLDING', dateAnswered: null, daysToAnswer: null });
  });

  it('is ANSWERED after a substantive answer, dated by it', () => {
    expect(derive([{ ...substantive, sequence: 1 }])).toEqual({ state: 'ANSWERED', dateAnswered: day('2026-03-16'), daysToAnswer: 14 });
  });

  it('moves from holding to answered: the substantive answer dates it, not the holding one', () => {
    expect(derive([holding, substantive])).toEqual({ state: 'ANSWERED', dateAnswered: day('2026-03-16'), daysToAnswer: 14 });
  });

  it('is CORRECTED after a correction, keeping the first substantive date', () => {
    expect(derive([holding, substantive, correction])).toEqual({ state: 'CORRECTED', dateAnswered: day('2026-03-16'), daysToAnswer: 14 });
  });

  it('follows the latest version by sequence, whatever order the versions are given in', () => {
    expect(derive([correction, holding, substantive]).state).toBe('CORRECTED');
    expect(derive([substantive, holding]).state).toBe('ANSWERED');
  });

  it('returns to ANSWERED when a new substantive answer follows a correction', () => {
    const later = { kind: 'SUBSTANTIVE', answeredOn: day('2026-05-01'), sequence: 4 } as const;
    expect(derive([holding, substantive, correction, later])).toEqual({ state: 'ANSWERED', dateAnswered: day('2026-03-16'), daysToAnswer: 14 });
  });

  it('is WITHDRAWN once withdrawn, whatever the answers say, keeping any answer date for the record', () => {
    expect(derive([], day('2026-03-04'))).toEqual({ state: 'WITHDRAWN', dateAnswered: null, daysToAnswer: null });
    expect(derive([holding], day('2026-03-10')).state).toBe('WITHDRAWN');
    expect(derive([holding, substantive], day('2026-03-20'))).toEqual({ state: 'WITHDRAWN', dateAnswered: day('2026-03-16'), daysToAnswer: 14 });
  });

  it('counts calendar days, so an answer on the day of tabling takes 0 days and DST changes do not matter', () => {
    expect(derive([{ kind: 'SUBSTANTIVE', answeredOn: tabled, sequence: 1 }]).daysToAnswer).toBe(0);
    const overDst = deriveQuestionState({
      dateTabled: day('2026-03-27'),
      withdrawnAt: null,
      answers: [{ kind: 'SUBSTANTIVE', answeredOn: day('2026-03-30'), sequence: 1 }],
    });
    expect(overDst.daysToAnswer).toBe(3);
  });
});
