import Link from 'next/link';
import { dateParts, daysBetween, formatDays } from '@/lib/dates';
import { HOUSE_LABELS } from '@/lib/labels';
import type { QuestionDetail } from '@/lib/question-detail';
import { describeAnswerTiming, describeWaiting, sentenceCase } from '@/lib/question-timing';
import { DemoBadge, StatusBadge } from '@/components/badges/badges';
import { UnreportedBadge } from '@/components/badges/unreported-badge';
import styles from './question-page.module.css';

function DateValue({ date, unreported }: { date: Date; unreported: boolean }) {
  const { label, iso } = dateParts(date);
  return (
    <>
      <time dateTime={iso}>{label}</time> {unreported ? <UnreportedBadge /> : null}
    </>
  );
}

/** How long the answer took, or how long it has been waiting, as one sentence. */
function answerTime(q: QuestionDetail, today: Date): string | null {
  const first = q.answers.find((a) => a.kind === 'SUBSTANTIVE');
  if (first) return sentenceCase(`answered ${describeAnswerTiming(q, first.answeredOn)}`);
  if (q.status === 'withdrawn' && q.dateWithdrawn) return `Withdrawn ${formatDays(daysBetween(q.dateTabled, q.dateWithdrawn))} after tabling`;
  if (q.status === 'awaiting' || q.status === 'overdue' || q.status === 'holding') return sentenceCase(describeWaiting(q, today));
  return null;
}

/** The question's heading, status and the facts that identify it, then its wording. */
export function QuestionSummary({ question: q, today }: { question: QuestionDetail; today: Date }) {
  const unreported = (field: string) => q.unreportedFields.includes(field);
  const timing = answerTime(q, today);
  return (
    <header className={styles.summary}>
      <p className={styles.badges}>
        <StatusBadge status={q.status} />
        {q.isDemo ? <DemoBadge /> : null}
        <span className="muted">
          Written question · {HOUSE_LABELS[q.house]}
        </span>
      </p>
      <h1>{q.heading}</h1>
      {unreported('heading') ? (
        <p className={styles.note}>
          <UnreportedBadge kind="paraphrase" /> The source did not report the question&rsquo;s heading; this one describes its subject.
        </p>
      ) : null}

      <dl className={styles.facts}>
        <div>
          <dt>UIN</dt>
          <dd>
            {q.uin} {unreported('uin') ? <UnreportedBadge /> : null}
          </dd>
        </div>
        <div>
          <dt>Tabled</dt>
          <dd>
            <DateValue date={q.dateTabled} unreported={unreported('dateTabled')} />
          </dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            <DateValue date={q.dateDue} unreported={unreported('dateDue')} />
          </dd>
        </div>
        <div>
          <dt>Named day</dt>
          <dd>{unreported('isNamedDay') ? <UnreportedBadge kind="missing" /> : q.isNamedDay ? 'Yes: the member named the day for the answer' : 'No'}</dd>
        </div>
        <div>
          <dt>Asked by</dt>
          <dd>
            <Link href={q.askingMember.path}>{q.askingMember.name}</Link>
            <span className={styles.subfacts}>
              {q.askingMember.party ? q.askingMember.party.name : <UnreportedBadge kind="missing">Party not reported</UnreportedBadge>}
              {q.askingMember.house === 'COMMONS' ? (
                <>
                  {', '}
                  {q.askingMember.constituency ?? <UnreportedBadge kind="missing">Constituency not reported</UnreportedBadge>}
                </>
              ) : null}
            </span>
          </dd>
        </div>
        <div>
          <dt>Answering department</dt>
          <dd>
            <Link href={q.department.path}>{q.department.name}</Link>
          </dd>
        </div>
        {timing ? (
          <div>
            <dt>{q.answers.some((a) => a.kind === 'SUBSTANTIVE') ? 'Answer time' : 'Waiting'}</dt>
            <dd>{timing}</dd>
          </div>
        ) : null}
      </dl>
      {unreported('memberHasInterest') ? (
        <p className={styles.note}>
          Declared interest: <UnreportedBadge kind="missing" />
        </p>
      ) : q.memberHasInterest ? (
        <p className={styles.note}>The member has declared a relevant interest.</p>
      ) : null}
    </header>
  );
}

/** The wording of the question, labelled when it is a paraphrase. */
export function QuestionText({ question: q }: { question: QuestionDetail }) {
  return (
    <section aria-labelledby="question-text" className={styles.section}>
      <h2 id="question-text">Question</h2>
      {q.unreportedFields.includes('text') ? (
        <p className={styles.note}>
          <UnreportedBadge kind="paraphrase" /> The exact wording was not reported: what follows is a summary of what was asked.
        </p>
      ) : null}
      <blockquote className={styles.questionText}>
        <p>
          <span className="visually-hidden">{q.askingMember.name} asked: </span>
          {q.text}
        </p>
      </blockquote>
    </section>
  );
}
