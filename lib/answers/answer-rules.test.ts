import { describe, expect, it } from 'vitest';
import { day } from '@/test/factories';
import { checkAnswerVersion, type VersionFacts } from './answer-rules';

const question = { dateTabled: day('2025-03-01'), withdrawnAt: null };
const today = day('2025-04-01');
const v = (sequence: number, kind: VersionFacts['kind'], iso: string): VersionFacts => ({ sequence, kind, answeredOn: day(iso) });

describe('checkAnswerVersion', () => {
  it('accepts holding → substantive → correction in date order', () => {
    expect(checkAnswerVersion({ question, versions: [], candidate: { kind: 'HOLDING', answeredOn: day('2025-03-10') }, today })).toEqual({});
    expect(checkAnswerVersion({ question, versions: [v(1, 'HOLDING', '2025-03-10')], candidate: { kind: 'SUBSTANTIVE', answeredOn: day('2025-03-12') }, today })).toEqual({});
    const both = [v(1, 'HOLDING', '2025-03-10'), v(2, 'SUBSTANTIVE', '2025-03-12')];
    expect(checkAnswerVersion({ question, versions: both, candidate: { kind: 'CORRECTION', answeredOn: day('2025-03-20') }, today })).toEqual({});
  });

  it('accepts an answer on the day the question was tabled and on today (London)', () => {
    expect(checkAnswerVersion({ question, versions: [], candidate: { kind: 'SUBSTANTIVE', answeredOn: day('2025-03-01') }, today })).toEqual({});
    expect(checkAnswerVersion({ question, versions: [], candidate: { kind: 'SUBSTANTIVE', answeredOn: today }, today })).toEqual({});
  });

  it('refuses a date before the question was tabled, or in the future', () => {
    expect(checkAnswerVersion({ question, versions: [], candidate: { kind: 'SUBSTANTIVE', answeredOn: day('2025-02-28') }, today }).answeredOn).toEqual([
      'Date answered cannot be before the question was tabled (1 March 2025)',
    ]);
    expect(checkAnswerVersion({ question, versions: [], candidate: { kind: 'SUBSTANTIVE', answeredOn: day('2025-04-02') }, today }).answeredOn).toEqual([
      'Date answered cannot be in the future (today is 1 April 2025)',
    ]);
  });

  it('refuses a version dated before the version it follows', () => {
    const errors = checkAnswerVersion({ question, versions: [v(1, 'HOLDING', '2025-03-10')], candidate: { kind: 'SUBSTANTIVE', answeredOn: day('2025-03-09') }, today });
    expect(errors.answeredOn?.[0]).toMatch(/cannot be before the holding answer of 10 March 2025/);
  });

  it('refuses a correction with no earlier substantive answer', () => {
    expect(checkAnswerVersion({ question, versions: [], candidate: { kind: 'CORRECTION', answeredOn: day('2025-03-10') }, today }).kind?.[0]).toMatch(/no substantive answer before it/);
    expect(checkAnswerVersion({ question, versions: [v(1, 'HOLDING', '2025-03-05')], candidate: { kind: 'CORRECTION', answeredOn: day('2025-03-10') }, today }).kind).toHaveLength(1);
  });

  it('refuses a holding answer after a substantive one, and explains what to do instead', () => {
    const errors = checkAnswerVersion({ question, versions: [v(1, 'SUBSTANTIVE', '2025-03-10')], candidate: { kind: 'HOLDING', answeredOn: day('2025-03-11') }, today });
    expect(errors.kind).toEqual(['A holding answer promises a full answer, but this question was already answered (the answer of 10 March 2025). To change that answer, log a correction.']);
  });

  it('refuses any new version of a withdrawn question', () => {
    const errors = checkAnswerVersion({ question: { ...question, withdrawnAt: day('2025-03-05') }, versions: [], candidate: { kind: 'SUBSTANTIVE', answeredOn: day('2025-03-10') }, today });
    expect(errors._form?.[0]).toMatch(/withdrawn on 5 March 2025/);
  });

  it('checks an edit against the versions before and after it', () => {
    const versions = [v(1, 'HOLDING', '2025-03-10'), v(2, 'SUBSTANTIVE', '2025-03-12'), v(3, 'CORRECTION', '2025-03-20')];
    // Fixing the date within its neighbours is fine; moving it past the correction is not.
    expect(checkAnswerVersion({ question, versions, candidate: { sequence: 2, kind: 'SUBSTANTIVE', answeredOn: day('2025-03-13') }, today })).toEqual({});
    expect(checkAnswerVersion({ question, versions, candidate: { sequence: 2, kind: 'SUBSTANTIVE', answeredOn: day('2025-03-21') }, today }).answeredOn?.[0]).toMatch(/cannot be after the corrected answer of 20 March 2025/);
    // Turning the substantive answer into a holding one would leave the correction correcting nothing.
    expect(checkAnswerVersion({ question, versions, candidate: { sequence: 2, kind: 'HOLDING', answeredOn: day('2025-03-12') }, today }).kind?.[0]).toMatch(/needs a substantive answer before it/);
  });
});
