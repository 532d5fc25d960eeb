import Link from 'next/link';
import longLink from '@/components/staff/long-link.module.css';
import { DemoBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import { TopicsField } from '@/components/topics/topics-field';
import { memberPath } from '@/lib/routes';
import type { CoverageDetail } from '@/server/coverage';
import { HOUSE_SHORT_LABELS } from '@/lib/labels';
import { CoverageEditing, LinkMemberControl, LinkQuestionControl, UnlinkMemberControl, UnlinkQuestionControl } from './coverage-editing';


/** An article: outlet, date, address, the questions it covers and the members it mentions. */
export function CoverageDetailView({ article: c }: { article: CoverageDetail }) {
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/coverage">Coverage</Link>
      </p>
      <h1>
        {c.headline} {c.isDemo ? <DemoBadge /> : null}
      </h1>
      <CoverageEditing article={c} />
      <dl className="profile-facts">
        <dt>Outlet</dt>
        <dd>{c.outlet}</dd>
        <dt>Published</dt>
        <dd>
          <CalendarDate date={c.publishedOn} unreported={c.publishedOnUnreported} />
        </dd>
        {c.author ? (
          <>
            <dt>Author</dt>
            <dd>{c.author}</dd>
          </>
        ) : null}
        <dt>Address</dt>
        <dd>
          {c.url ? (
            <a href={c.url} rel="noopener noreferrer" className={longLink.link}>
              {c.url}
            </a>
          ) : (
            <span className="badge badge--unreported">Web address not reported</span>
          )}
        </dd>
        <TopicsField topics={c.topics} />
      </dl>
      {c.summary ? (
        <section aria-labelledby="summary">
          <h2 id="summary">Summary</h2>
          <p>{c.summary}</p>
        </section>
      ) : null}

      <section aria-labelledby="covered-questions">
        <h2 id="covered-questions">Questions it covers</h2>
        {c.questions.length === 0 ? (
          <p className="muted">No question is linked to this article.</p>
        ) : (
          <ul className="list-plain">
            {c.questions.map((q) => (
              <li key={q.id}>
                <Link href={q.href}>{q.heading}</Link> <span className="muted">{q.uin}</span>{' '}
                {q.unreportedFields.includes('uin') ? <span className="badge badge--unreported">UIN not reported</span> : null} {q.isDemo ? <DemoBadge /> : null}
                <span className="list-note">
                  Asked by <Link href={q.member.href}>{q.member.name}</Link> of the {q.department.name}, tabled{' '}
                  <CalendarDate date={q.dateTabled} unreported={q.unreportedFields.includes('dateTabled')} />
                </span>
                <UnlinkQuestionControl coverageId={c.id} question={q} />
              </li>
            ))}
          </ul>
        )}
        <LinkQuestionControl coverageId={c.id} />
      </section>

      <section aria-labelledby="mentioned-members">
        <h2 id="mentioned-members">Members it mentions</h2>
        {c.members.length === 0 ? (
          <p className="muted">No member is linked to this article.</p>
        ) : (
          <ul className="list-plain">
            {c.members.map((m) => (
              <li key={m.slug}>
                <Link href={memberPath(m)}>{m.displayName}</Link> {m.isDemo ? <DemoBadge /> : null}{' '}
                <span className="muted">{m.party ? `${m.party}, ${HOUSE_SHORT_LABELS[m.house]}` : HOUSE_SHORT_LABELS[m.house]}</span>
                {!m.party && !m.isDemo ? <> <span className="badge badge--unreported">Party not reported</span></> : null}
                <UnlinkMemberControl coverageId={c.id} member={m} />
              </li>
            ))}
          </ul>
        )}
        <LinkMemberControl coverageId={c.id} />
      </section>
    </>
  );
}
