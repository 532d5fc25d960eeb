import Link from 'next/link';
import { DemoBadge, PartyTag } from '@/components/badges/badges';
import { dateParts, formatDays } from '@/lib/dates';
import type { LatestAnswer } from '@/server/dashboard';

/** The most recently answered questions: what was asked, who answered, when, and how long it took. */
export function LatestAnswers({ answers }: { answers: LatestAnswer[] }) {
  if (answers.length === 0) return <p>No answers have been recorded yet.</p>;
  return (
    <ol className="list-plain feed">
      {answers.map((a) => {
        const answered = dateParts(a.dateAnswered);
        return (
          <li key={a.questionId} className="feed__item">
            <h3 className="feed__title">
              <Link href={a.href}>{a.heading}</Link>
              {a.headingUnreported ? (
                <>
                  {' '}
                  <span className="badge badge--unreported">Paraphrase, not the real heading</span>
                </>
              ) : null}
              {a.isDemo ? (
                <>
                  {' '}
                  <DemoBadge />
                </>
              ) : null}
            </h3>
            <p className="feed__meta">
              Asked by <Link href={a.askingMember.href}>{a.askingMember.name}</Link>
              {a.askingMember.party ? (
                <>
                  {' '}
                  <PartyTag party={a.askingMember.party} />
                </>
              ) : null}
              {' · '}
              {a.answeringMember ? (
                <>
                  Answered by <Link href={a.answeringMember.href}>{a.answeringMember.name}</Link>
                  {a.answeringMember.roleTitle ? `, ${a.answeringMember.roleTitle}` : null}
                </>
              ) : (
                'Answering minister not recorded'
              )}
              {' · '}
              <Link href={a.department.href}>{a.department.name}</Link>
            </p>
            <p className="feed__meta muted">
              Answered <time dateTime={answered.iso}>{answered.label}</time>
              {a.dateAnsweredUnreported ? (
                <>
                  {' '}
                  <span className="badge badge--unreported">Date not reported: placeholder</span>
                </>
              ) : null}
              {a.daysToAnswer !== null ? (
                <>
                  {' · '}answered in {formatDays(a.daysToAnswer)}
                  {a.dateAnsweredUnreported ? ' (from placeholder dates)' : null}
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
