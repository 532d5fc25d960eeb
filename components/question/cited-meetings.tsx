import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import { meetingKindName } from '@/lib/labels';
import type { CitedMeeting, MeetingParticipantDetail, QuestionDetail } from '@/lib/question-detail';
import { describeRelative } from '@/lib/question-timing';
import { answerAnchor } from '@/lib/routes';
import { DemoBadge } from '@/components/badges/badges';
import { UnreportedBadge } from '@/components/badges/unreported-badge';
import { MeetingDate } from '@/components/lists/meeting-date';
import styles from './question-page.module.css';

function Participant({ p }: { p: MeetingParticipantDetail }) {
  if (p.member) {
    return (
      <>
        <Link href={p.member.path}>{p.member.name}</Link>
        {p.role ? `, ${p.role}` : null}
      </>
    );
  }
  const about = [p.role, p.organisation, p.country].filter(Boolean).join(', ');
  if (p.name) return <>{about ? `${p.name}, ${about}` : p.name}</>;
  return (
    <>
      {about ? `${about} ` : null}
      <UnreportedBadge kind="missing">{about ? 'name not reported' : 'Name not reported'}</UnreportedBadge>
    </>
  );
}

/** The meetings the answers cite, with who was there and how long before the answer they took place. */
export function CitedMeetings({ question: q }: { question: QuestionDetail }) {
  if (q.meetings.length === 0) return null;
  const answers = new Map(q.answers.map((a) => [a.sequence, a]));
  return (
    <section aria-labelledby="meetings" className={styles.section}>
      <h2 id="meetings">Meetings cited in the answer{q.meetings.length === 1 ? '' : 's'}</h2>
      <ul className={styles.cards}>
        {q.meetings.map((m) => (
          <li key={m.id}>
            <MeetingCard meeting={m} citedBy={m.citedBySequences.flatMap((s) => answers.get(s) ?? [])} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MeetingCard({ meeting: m, citedBy }: { meeting: CitedMeeting; citedBy: QuestionDetail['answers'] }) {
  const headingId = `meeting-${m.id}-heading`;
  const placeUnreported = m.unreportedFields.includes('place') || !m.place;
  return (
    <article id={`meeting-${m.id}`} aria-labelledby={headingId} className={styles.card}>
      <h3 id={headingId}>
        <Link href={m.path}>{m.title}</Link>
      </h3>
      {m.isDemo ? (
        <p className={styles.badges}>
          <DemoBadge />
        </p>
      ) : null}
      <dl className={styles.facts}>
        <div>
          <dt>Date</dt>
          <dd>
            <MeetingDate meeting={{ date: m.date, precision: m.datePrecision, endDate: m.endDate }} /> {m.unreportedFields.includes('date') ? <UnreportedBadge /> : null}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{meetingKindName(m.kind)}</dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>{placeUnreported ? <UnreportedBadge kind="missing">Place not reported</UnreportedBadge> : m.place}</dd>
        </div>
      </dl>
      {m.description ? <p>{m.description}</p> : null}
      <h4>Participants</h4>
      {m.participants.length > 0 ? (
        <ul className={styles.participants}>
          {m.participants.map((p, i) => (
            <li key={i}>
              <Participant p={p} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <UnreportedBadge kind="missing">Participants not reported</UnreportedBadge>
        </p>
      )}
      <p className={styles.fact}>
        Cited in{' '}
        {citedBy.map((a, i) => (
          <span key={a.sequence}>
            {i > 0 ? ', ' : null}
            <a href={`#${answerAnchor(a.sequence)}`}>the answer of {formatDate(a.answeredOn)}</a> ({describeRelative(m.date, a.answeredOn, 'that answer')})
          </span>
        ))}
        .
      </p>
      {m.sourceUrl ? (
        <p>
          <a href={m.sourceUrl} rel="noopener noreferrer">
            Source for this meeting
          </a>
        </p>
      ) : null}
    </article>
  );
}
