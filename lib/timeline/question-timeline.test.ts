import { describe, expect, it } from 'vitest';
import type { AnswerVersionDetail, QuestionDetail } from '../question-detail';
import { describeGap } from './gaps';
import { buildQuestionTimeline } from './question-timeline';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const eagle = { name: 'Maria Eagle', slug: 'maria-eagle', path: '/members/maria-eagle', roleTitle: 'Defence Minister' };

function answer(sequence: number, kind: AnswerVersionDetail['kind'], on: string, extra: Partial<AnswerVersionDetail> = {}): AnswerVersionDetail {
  return {
    id: sequence,
    sequence,
    kind,
    answeringMember: eagle,
    answeredOn: d(on),
    textHtml: '<p>Text</p>',
    textPlain: 'Text',
    attachments: [],
    citedMeetingIds: [],
    isDemo: false,
    unreportedFields: [],
    ...extra,
  };
}

function question(extra: Partial<QuestionDetail> = {}): QuestionDetail {
  return {
    id: 1,
    path: '/questions/commons/2025-03-13/1234',
    house: 'COMMONS',
    uin: '1234',
    dateTabled: d('2025-03-13'),
    dateDue: d('2025-03-20'),
    isNamedDay: false,
    heading: 'Defence: Europe',
    text: 'To ask…',
    memberHasInterest: false,
    dateWithdrawn: null,
    status: 'answered',
    dateAnswered: null,
    daysToAnswer: null,
    askingMember: { name: 'Edward Morello', slug: 'edward-morello', path: '/members/edward-morello', house: 'COMMONS', party: null, constituency: null },
    department: { name: 'Ministry of Defence', shortName: 'MoD', slug: 'ministry-of-defence', path: '/departments/ministry-of-defence' },
    answers: [],
    meetings: [],
    coverage: [],
    followsUp: [],
    followedUpBy: [],
    grouped: [],
    topics: [],
    source: 'PARLIAMENT',
    isDemo: false,
    unreportedFields: [],
    sourceNote: null,
    parliamentUrl: null,
    ...extra,
  };
}

const today = d('2025-06-01');
const summary = (q: QuestionDetail) => buildQuestionTimeline(q, today).map((e) => `${e.date.toISOString().slice(0, 10)} ${e.kind}`);
const byId = (q: QuestionDetail, id: string) => buildQuestionTimeline(q, today).find((e) => e.id === id);

describe('buildQuestionTimeline', () => {
  it('tells the seed story in date order: meetings, tabled, due and answer, then coverage', () => {
    const q = question({
      answers: [answer(1, 'SUBSTANTIVE', '2025-03-20', { citedMeetingIds: [1, 2] })],
      meetings: [
        // given out of order on purpose
        { id: 2, path: '/meetings/2', date: d('2025-03-12'), datePrecision: 'DAY', endDate: null, title: 'E5 defence ministers’ meeting', place: null, kind: 'MULTILATERAL', description: null, sourceUrl: null, participants: [], citedBySequences: [1], isDemo: false, unreportedFields: ['place'] },
        { id: 1, path: '/meetings/1', date: d('2025-03-11'), datePrecision: 'DAY', endDate: null, title: 'Bilateral meeting', place: 'Paris', kind: 'BILATERAL', description: null, sourceUrl: null, participants: [], citedBySequences: [1], isDemo: false, unreportedFields: [] },
      ],
      coverage: [{ id: 7, path: '/coverage/7', outlet: 'London Pulse News', headline: 'UK Deepens Defence Collaboration', url: 'https://x.invalid/', publishedOn: d('2025-03-21'), author: null, summary: null, isDemo: false, unreportedFields: ['url', 'publishedOn'] }],
    });
    expect(summary(q)).toEqual([
      '2025-03-11 meeting',
      '2025-03-12 meeting',
      '2025-03-13 tabled',
      '2025-03-20 due',
      '2025-03-20 answered',
      '2025-03-21 coverage',
    ]);
    expect(byId(q, 'meeting-1')?.detail).toBe('Bilateral meeting in Paris; 9 days before the answer');
    expect(byId(q, 'meeting-2')?.detail).toBe('Multilateral meeting, place not reported; 8 days before the answer');
    expect(byId(q, 'answer-1')).toMatchObject({ title: 'Answered by Maria Eagle (Defence Minister)', detail: 'answered 7 days after tabling, on the due date', href: '/questions/commons/2025-03-13/1234#answer-1' });
    expect(byId(q, 'coverage-7')).toMatchObject({ title: 'London Pulse News: UK Deepens Defence Collaboration', detail: '1 day after the answer', dateUnreported: true });
  });

  it('puts the due date before an answer given on it, and a holding answer before a substantive one on the same day', () => {
    const q = question({ answers: [answer(1, 'HOLDING', '2025-03-20'), answer(2, 'SUBSTANTIVE', '2025-03-20')] });
    expect(summary(q)).toEqual(['2025-03-13 tabled', '2025-03-20 due', '2025-03-20 holding-answer', '2025-03-20 answered']);
  });

  it('says how late or early each answer came', () => {
    const late = question({ dateTabled: d('2025-03-03'), dateDue: d('2025-03-08'), answers: [answer(1, 'SUBSTANTIVE', '2025-03-12')] });
    expect(byId(late, 'answer-1')?.detail).toBe('answered 9 days after tabling, 4 days late');
    const early = question({ answers: [answer(1, 'SUBSTANTIVE', '2025-03-18')] });
    expect(byId(early, 'answer-1')?.detail).toBe('answered 5 days after tabling, 2 days early');
    const sameDay = question({ answers: [answer(1, 'SUBSTANTIVE', '2025-03-13')] });
    expect(byId(sameDay, 'answer-1')?.detail).toBe('answered on the day it was tabled, 7 days early');
    const oneDay = question({ dateDue: d('2025-03-13'), answers: [answer(1, 'SUBSTANTIVE', '2025-03-14')] });
    expect(byId(oneDay, 'answer-1')?.detail).toBe('answered 1 day after tabling, 1 day late');
  });

  it('follows holding → substantive → correction, each measured from the right event', () => {
    const q = question({
      status: 'corrected',
      answers: [answer(1, 'HOLDING', '2025-03-20'), answer(2, 'SUBSTANTIVE', '2025-03-27'), answer(3, 'CORRECTION', '2025-04-10', { answeringMember: null })],
    });
    const events = buildQuestionTimeline(q, today);
    expect(events.map((e) => e.kind)).toEqual(['tabled', 'due', 'holding-answer', 'answered', 'corrected']);
    expect(byId(q, 'answer-1')).toMatchObject({ title: 'Holding answer from Maria Eagle (Defence Minister)', detail: 'holding answer 7 days after tabling, on the due date' });
    expect(byId(q, 'answer-2')?.detail).toBe('answered 14 days after tabling, 7 days late, 7 days after the holding answer');
    expect(byId(q, 'answer-3')).toMatchObject({ title: 'Answer corrected', detail: 'corrected 14 days after the answer of 27 March 2025' });
  });

  it('reads a second substantive answer as a further answer, not a first one', () => {
    const q = question({ answers: [answer(1, 'SUBSTANTIVE', '2025-03-20'), answer(2, 'SUBSTANTIVE', '2025-03-25')] });
    expect(byId(q, 'answer-2')).toMatchObject({ kind: 'answered', title: 'Further answer from Maria Eagle (Defence Minister)', detail: 'further answer 5 days after the answer of 20 March 2025' });
  });

  it('says how long an unanswered question has waited and whether it is overdue', () => {
    const overdue = question({ status: 'overdue' });
    expect(byId(overdue, 'question-1-due')?.detail).toBe('7 days after tabling; waiting 80 days, 73 days overdue');
    const waiting = question({ status: 'awaiting' });
    expect(buildQuestionTimeline(waiting, d('2025-03-18')).find((e) => e.id === 'question-1-due')?.detail).toBe('7 days after tabling; waiting 5 days, due in 2 days');
    expect(byId(question({ status: 'answered' }), 'question-1-due')?.detail).toBe('7 days after tabling');
  });

  it('marks placeholder dates and demo records, and names a named day', () => {
    const q = question({ isDemo: true, isNamedDay: true, unreportedFields: ['dateTabled', 'dateDue'], answers: [answer(1, 'SUBSTANTIVE', '2025-03-20', { unreportedFields: ['answeredOn'], isDemo: true })] });
    const events = buildQuestionTimeline(q, today);
    expect(events.every((e) => e.dateUnreported === true)).toBe(true);
    expect(events.every((e) => e.isDemo === true)).toBe(true);
    expect(byId(q, 'question-1-due')?.title).toBe('Answer due (named day)');
    expect(byId(question(), 'question-1-tabled')?.dateUnreported).toBeUndefined();
  });

  it('adds withdrawal, and follow-ups tabled later measured from the answer they pursue', () => {
    const ref = (id: number, tabled: string) => ({
      id,
      path: `/questions/commons/${tabled}/${id}`,
      house: 'COMMONS' as const,
      uin: String(id),
      dateTabled: d(tabled),
      heading: 'Defence: Europe',
      askingMember: { name: 'Edward Morello', slug: 'edward-morello', path: '/members/edward-morello' },
      status: 'awaiting' as const,
      isDemo: false,
      unreportedFields: [],
    });
    const q = question({
      answers: [answer(1, 'SUBSTANTIVE', '2025-03-20')],
      followedUpBy: [
        { question: ref(20, '2025-04-01'), answer: { sequence: 1, kind: 'SUBSTANTIVE', answeredOn: d('2025-03-20'), answeringMemberName: 'Maria Eagle' }, origin: 'TEXT' },
        { question: ref(21, '2025-03-25'), answer: null, origin: 'STAFF' },
      ],
    });
    expect(summary(q).slice(-2)).toEqual(['2025-03-25 follow-up', '2025-04-01 follow-up']);
    expect(byId(q, 'question-20-follows-1')).toMatchObject({ title: 'Follow-up by Edward Morello: Defence: Europe', detail: 'tabled 12 days after the answer of 20 March 2025', href: '/questions/commons/2025-04-01/20' });
    expect(byId(q, 'question-21-follows-1')?.detail).toBe('tabled 5 days after the answer of 20 March 2025');

    const withdrawn = question({ status: 'withdrawn', dateWithdrawn: d('2025-03-15') });
    expect(summary(withdrawn)).toEqual(['2025-03-13 tabled', '2025-03-15 withdrawn', '2025-03-20 due']);
    expect(byId(withdrawn, 'question-1-withdrawn')?.detail).toBe('withdrawn 2 days after tabling');
  });

  it('names events by their records, so several questions merge into one timeline without clashing ids', () => {
    const first = question({ answers: [answer(1, 'SUBSTANTIVE', '2025-03-20')] });
    const second = question({ id: 2, answers: [answer(2, 'SUBSTANTIVE', '2025-03-21', { sequence: 1 })] });
    const ids = [...buildQuestionTimeline(first, today), ...buildQuestionTimeline(second, today)].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves undated coverage off the timeline rather than inventing a date', () => {
    const q = question({ coverage: [{ id: 1, path: '/coverage/1', outlet: 'X', headline: 'Y', url: 'https://x.invalid', publishedOn: null, author: null, summary: null, isDemo: false, unreportedFields: [] }] });
    expect(summary(q)).toEqual(['2025-03-13 tabled', '2025-03-20 due']);
  });
});

describe('describeGap', () => {
  it('counts calendar days between consecutive events', () => {
    expect(describeGap(d('2025-03-11'), d('2025-03-11'))).toBe('Same day');
    expect(describeGap(d('2025-03-11'), d('2025-03-12'))).toBe('1 day later');
    expect(describeGap(d('2025-03-11'), d('2025-03-20'))).toBe('9 days later');
    // across the clocks changing in London (30 March 2025) a day is still a day
    expect(describeGap(d('2025-03-29'), d('2025-03-31'))).toBe('2 days later');
  });
});
