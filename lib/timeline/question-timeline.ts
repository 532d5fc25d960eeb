/**
 * One question's story as timeline events: tabled, due, the meetings its answers cite, each answer
 * version, withdrawal, coverage and the questions that follow it up, each with the timing fact a
 * reader wants ("answered 9 days after tabling, 4 days late", "2 days before the answer").
 * Event ids name the record they come from ("answer-12", "meeting-3", "question-5-tabled"), so topic,
 * member and department timelines can merge several questions' events without clashes.
 */
import { formatDate } from '../dates';
import { meetingKindName } from '../labels';
import type { AnswerVersionDetail, QuestionDetail } from '../question-detail';
import { answerOf, describeAnswerTiming, describeRelative, describeSinceTabling, describeWaiting } from '../question-timing';
import { answerPath } from '../routes';
import { withReplacedVersion } from '../answer-versions';
import { sortTimeline, type TimelineEvent } from './types';

type Answer = AnswerVersionDetail;

const who = (answer: Answer, verb: string) =>
  answer.answeringMember
    ? `${verb} ${answer.answeringMember.name}${answer.answeringMember.roleTitle ? ` (${answer.answeringMember.roleTitle})` : ''}`
    : '';

/** The latest answer version given on or before `date` (holding answers count only if nothing else does). */
function answerBefore(answers: Answer[], date: Date): Answer | undefined {
  const given = answers.filter((a) => a.answeredOn.getTime() <= date.getTime());
  return given.filter((a) => a.kind !== 'HOLDING').at(-1) ?? given.at(-1);
}

function answerEvents(q: QuestionDetail): TimelineEvent[] {
  const firstHolding = q.answers.find((a) => a.kind === 'HOLDING');
  return withReplacedVersion(q.answers).map(({ version: answer, replaces: previous }): TimelineEvent => {
    const base = {
      id: `answer-${answer.id}`,
      date: answer.answeredOn,
      href: answerPath(q, answer.sequence),
      dateUnreported: answer.unreportedFields.includes('answeredOn') || undefined,
      isDemo: answer.isDemo || undefined,
    };
    if (answer.kind === 'HOLDING') {
      return { ...base, kind: 'holding-answer', title: `Holding answer ${who(answer, 'from')}`.trim(), detail: `holding answer ${describeAnswerTiming(q, answer.answeredOn)}` };
    }
    if (answer.kind === 'CORRECTION') {
      const detail = previous ? `corrected ${describeRelative(answer.answeredOn, previous.answeredOn, answerOf(previous.answeredOn))}` : `corrected ${describeSinceTabling(q.dateTabled, answer.answeredOn)}`;
      return { ...base, kind: 'corrected', title: `Answer corrected ${who(answer, 'by')}`.trim(), detail };
    }
    if (previous) {
      // A second substantive answer: Parliament sometimes publishes a further answer to the same question.
      return { ...base, kind: 'answered', title: `Further answer ${who(answer, 'from')}`.trim(), detail: `further answer ${describeRelative(answer.answeredOn, previous.answeredOn, answerOf(previous.answeredOn))}` };
    }
    const afterHolding = firstHolding ? `, ${describeRelative(answer.answeredOn, firstHolding.answeredOn, 'the holding answer')}` : '';
    return { ...base, kind: 'answered', title: `Answered ${who(answer, 'by')}`.trim(), detail: `answered ${describeAnswerTiming(q, answer.answeredOn)}${afterHolding}` };
  });
}

/**
 * The timeline of one question, sorted (date, then the order a story unfolds in on one day).
 * `today` (London) decides whether an unanswered question reads as waiting or overdue.
 */
export function buildQuestionTimeline(q: QuestionDetail, today: Date): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const demo = q.isDemo || undefined;
  const unanswered = q.status === 'awaiting' || q.status === 'overdue' || q.status === 'holding';

  events.push({
    id: `question-${q.id}-tabled`,
    kind: 'tabled',
    date: q.dateTabled,
    title: `Tabled by ${q.askingMember.name}`,
    detail: `asked of the ${q.department.name}; answer due ${formatDate(q.dateDue)}`,
    dateUnreported: q.unreportedFields.includes('dateTabled') || undefined,
    isDemo: demo,
  });
  events.push({
    id: `question-${q.id}-due`,
    kind: 'due',
    date: q.dateDue,
    title: q.isNamedDay ? 'Answer due (named day)' : 'Answer due',
    detail: `${describeSinceTabling(q.dateTabled, q.dateDue)}${unanswered ? `; ${describeWaiting(q, today)}` : ''}`,
    dateUnreported: q.unreportedFields.includes('dateDue') || undefined,
    isDemo: demo,
  });

  for (const meeting of q.meetings) {
    const citing = q.answers.find((a) => meeting.citedBySequences.includes(a.sequence));
    const place = meeting.place && !meeting.unreportedFields.includes('place') ? ` in ${meeting.place}` : meeting.unreportedFields.includes('place') ? ', place not reported' : '';
    const when = citing ? `; ${describeRelative(meeting.date, citing.answeredOn, 'the answer')}` : '';
    events.push({
      id: `meeting-${meeting.id}`,
      kind: 'meeting',
      date: meeting.date,
      title: meeting.title,
      href: meeting.path,
      detail: `${meetingKindName(meeting.kind)}${place}${when}`,
      dateUnreported: meeting.unreportedFields.includes('date') || undefined,
      isDemo: meeting.isDemo || undefined,
    });
  }

  events.push(...answerEvents(q));

  if (q.dateWithdrawn) {
    events.push({ id: `question-${q.id}-withdrawn`, kind: 'withdrawn', date: q.dateWithdrawn, title: 'Withdrawn', detail: `withdrawn ${describeSinceTabling(q.dateTabled, q.dateWithdrawn)}`, isDemo: demo });
  }

  for (const item of q.coverage) {
    if (!item.publishedOn) continue; // an undated article cannot be placed; the coverage section lists it
    const answer = answerBefore(q.answers, item.publishedOn);
    events.push({
      id: `coverage-${item.id}`,
      kind: 'coverage',
      date: item.publishedOn,
      title: `${item.outlet}: ${item.headline}`,
      href: item.path,
      detail: answer ? describeRelative(item.publishedOn, answer.answeredOn, 'the answer') : describeSinceTabling(q.dateTabled, item.publishedOn),
      dateUnreported: item.unreportedFields.includes('publishedOn') || undefined,
      isDemo: item.isDemo || undefined,
    });
  }

  for (const { question: later, answer } of q.followedUpBy) {
    const reference = answer?.answeredOn ?? answerBefore(q.answers, later.dateTabled)?.answeredOn;
    events.push({
      id: `question-${later.id}-follows-${q.id}`,
      kind: 'follow-up',
      date: later.dateTabled,
      title: `Follow-up by ${later.askingMember.name}: ${later.heading}`,
      href: later.path,
      detail: `tabled ${reference ? describeRelative(later.dateTabled, reference, answerOf(reference)) : describeRelative(later.dateTabled, q.dateTabled, 'this question')}`,
      dateUnreported: later.unreportedFields.includes('dateTabled') || undefined,
      isDemo: later.isDemo || undefined,
    });
  }

  return sortTimeline(events);
}
