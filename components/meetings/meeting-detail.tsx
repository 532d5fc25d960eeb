import Link from 'next/link';
import { MeetingAnswerLinks } from '@/components/answers/meeting-answer-links';
import longLink from '@/components/staff/long-link.module.css';
import { DemoBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import { MeetingDate } from '@/components/lists/meeting-date';
import { TopicsField } from '@/components/topics/topics-field';
import { departmentPath, memberPath, topicPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import { ANSWER_KIND_LABELS, meetingKindName } from '@/lib/labels';
import type { MeetingDetail } from '@/server/meetings';
import { MeetingEditing } from './meeting-editing';

const NotReported = ({ what }: { what: string }) => <span className="badge badge--unreported">{what} not reported</span>;

/** A meeting: when, where, who took part, and the answers that cite it (with the questions they answer). */
export function MeetingDetailView({ meeting: m }: { meeting: MeetingDetail }) {
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/meetings">Meetings</Link>
      </p>
      <h1>
        {m.title} {m.isDemo ? <DemoBadge /> : null}
      </h1>
      <MeetingEditing meeting={m} />
      <dl className="profile-facts">
        <dt>Date</dt>
        <dd>
          <MeetingDate meeting={{ date: m.date, precision: m.datePrecision, endDate: m.endDate }} unreported={m.dateUnreported} />
        </dd>
        <dt>Kind</dt>
        <dd>{meetingKindName(m.kind)}</dd>
        <dt>Place</dt>
        <dd>{m.place ?? (m.placeUnreported ? <NotReported what="Place" /> : 'None recorded')}</dd>
        <TopicsField topics={m.topics} />
        {m.sourceUrl ? (
          <>
            <dt>Source</dt>
            <dd>
              <a href={m.sourceUrl} rel="noopener noreferrer" className={longLink.link}>
                {m.sourceUrl}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {/* One paragraph per line: an imported meeting's description lists the release's columns line by line. */}
      {m.description ? m.description.split(/\n+/).map((line, i) => <p key={i}>{line}</p>) : null}

      <section aria-labelledby="participants">
        <h2 id="participants">Participants</h2>
        {m.participantList.length === 0 ? (
          <p className="muted">No participants recorded.</p>
        ) : (
          <ul className="list-plain">
            {m.participantList.map((p) => (
              <li key={p.id}>
                {p.member ? <Link href={memberPath(p.member)}>{p.member.displayName}</Link> : <strong>{p.label}</strong>}
                {!p.member && p.nameUnreported && (p.role || p.organisation) ? <> <NotReported what="Name" /></> : null}
                {[p.role && p.role !== p.label ? p.role : null, p.organisation && p.organisation !== p.label ? p.organisation : null, p.country && p.country !== p.label ? p.country : null]
                  .filter(Boolean)
                  .map((part) => (
                    <span key={part} className="muted">
                      {' · '}
                      {part}
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="citing-answers">
        <h2 id="citing-answers">Answers that cite this meeting</h2>
        {m.citingAnswers.length === 0 ? (
          <p className="muted">No answer recorded here cites this meeting.</p>
        ) : (
          <ul className="list-plain">
            {m.citingAnswers.map((a) => (
              <li key={a.answerId}>
                <Link href={a.question.href}>{a.question.heading}</Link> <span className="muted">{a.question.uin}</span>{' '}
                {a.question.unreportedFields.includes('uin') ? <NotReported what="UIN" /> : null} {a.question.isDemo ? <DemoBadge /> : null}
                <span className="list-note">
                  {ANSWER_KIND_LABELS[a.kind]} by {a.answeringMember ? <Link href={memberPath(a.answeringMember)}>{a.answeringMember.displayName}</Link> : 'an unnamed minister'} (
                  <Link href={departmentPath(a.question.department)}>{a.question.department.name}</Link>), <CalendarDate date={a.answeredOn} unreported={a.answeredOnUnreported} />, to a
                  question from <Link href={a.question.member.href}>{a.question.member.name}</Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {m.topics[0] ? (
        <p>
          <Link href={hrefWith(topicPath(m.topics[0]), {})}>See this meeting in the “{m.topics[0].name}” timeline</Link>
        </p>
      ) : null}
      <MeetingAnswerLinks meetingId={m.id} citing={m.citingAnswers} />
    </>
  );
}
