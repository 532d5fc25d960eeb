import Link from 'next/link';
import { dateParts, formatDate } from '@/lib/dates';
import { ANSWER_KIND_LABELS } from '@/lib/labels';
import type { FollowUpLink, QuestionDetail, QuestionRef } from '@/lib/question-detail';
import { DemoBadge, StatusBadge } from '@/components/badges/badges';
import styles from './question-page.module.css';

const ORIGIN_TEXT: Record<FollowUpLink['origin'], string> = {
  TEXT: 'found in the question’s wording',
  STAFF: 'linked by staff',
  SOURCE: 'given by the source',
};

function QuestionLine({ question: r }: { question: QuestionRef }) {
  const tabled = dateParts(r.dateTabled);
  return (
    <>
      <Link href={r.path}>{r.heading}</Link>{' '}
      <span className={styles.subfacts}>
        UIN {r.uin}, tabled <time dateTime={tabled.iso}>{tabled.label}</time> by {r.askingMember.name} <StatusBadge status={r.status} />
        {r.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </span>
    </>
  );
}

function FollowUpList({ links, direction }: { links: FollowUpLink[]; direction: 'earlier' | 'later' }) {
  return (
    <ul className={styles.related}>
      {links.map((link) => (
        <li key={link.question.id}>
          <QuestionLine question={link.question} />
          <span className={styles.subfacts}>
            {link.answer
              ? direction === 'earlier'
                ? `Follows up the ${ANSWER_KIND_LABELS[link.answer.kind].toLowerCase()} of ${formatDate(link.answer.answeredOn)}${link.answer.answeringMemberName ? ` by ${link.answer.answeringMemberName}` : ''}`
                : `Follows up this question’s ${ANSWER_KIND_LABELS[link.answer.kind].toLowerCase()} of ${formatDate(link.answer.answeredOn)}`
              : direction === 'earlier'
                ? 'Follows up that question'
                : 'Follows up this question'}{' '}
            ({ORIGIN_TEXT[link.origin]}).
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Follow-ups in both directions, and the questions answered together with this one. */
export function RelatedQuestions({ question: q }: { question: QuestionDetail }) {
  const none = q.followsUp.length === 0 && q.followedUpBy.length === 0;
  return (
    <>
      <section aria-labelledby="follow-ups" className={styles.section}>
        <h2 id="follow-ups">Follow-ups</h2>
        {none ? <p className="muted">No follow-up questions have been recorded in either direction.</p> : null}
        {q.followsUp.length > 0 ? (
          <>
            <h3>This question follows up</h3>
            <FollowUpList links={q.followsUp} direction="earlier" />
          </>
        ) : null}
        {q.followedUpBy.length > 0 ? (
          <>
            <h3>Followed up by</h3>
            <FollowUpList links={q.followedUpBy} direction="later" />
          </>
        ) : null}
      </section>
      {q.grouped.length > 0 ? (
        <section aria-labelledby="grouped" className={styles.section}>
          <h2 id="grouped">Answered together with</h2>
          <p className="muted">The department answered these questions in one answer.</p>
          <ul className={styles.related}>
            {q.grouped.map((r) => (
              <li key={r.id}>
                <QuestionLine question={r} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
