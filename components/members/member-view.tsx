import Link from 'next/link';
import { CoverageList } from '@/components/stories/coverage-list';
import { DemoBadge } from '@/components/badges/badges';
import { MeetingList } from '@/components/stories/meeting-list';
import { Pager } from '@/components/lists/pager';
import { TableProblems } from '@/components/data-table/table-problems';
import { RolesTable } from '@/components/stories/roles-table';
import { memberPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import type { CoverageRow } from '@/server/coverage';
import type { MeetingRow } from '@/server/meetings';
import type { AnswerGiven, MemberProfile, MemberQuestionStats } from '@/server/members';
import { AnswersGivenTable } from './answers-given';
import { MemberCharts } from './member-charts';

export interface MemberViewProps {
  member: MemberProfile;
  stats: MemberQuestionStats;
  answers: { rows: AnswerGiven[]; total: number; page: number; pageSize: number };
  meetings: { rows: MeetingRow[]; total: number };
  coverage: { rows: CoverageRow[]; total: number };
  problems: string[];
  /** The member's questions (the shared questions table, filtered to them). */
  questions?: React.ReactNode;
  /** The member's timeline (the shared timeline component). */
  timeline?: React.ReactNode;
  /** Feeds and email alerts (components/alerts/follow-bar.tsx). */
  follow?: React.ReactNode;
}

const HOUSES = { COMMONS: 'House of Commons', LORDS: 'House of Lords' } as const;
const n = (value: number) => value.toLocaleString('en-GB');
const NotReported = () => <span className="badge badge--unreported">Not reported</span>;

export function MemberView({ member: m, stats, answers, meetings, coverage, problems, questions, timeline, follow }: MemberViewProps) {
  // An article-sourced record without a party or seat means the source did not say; demo peers have no seat.
  const unknownIsUnreported = !m.isDemo;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/members">Members</Link>
      </p>
      <h1>
        {m.displayName} {m.isDemo ? <DemoBadge /> : null}
      </h1>
      {follow}
      <TableProblems problems={problems} />
      <dl className="profile-facts">
        <dt>Party</dt>
        <dd>
          {m.party ? (
            <>
              {m.partyColour ? <span className="party-swatch" style={{ background: m.partyColour }} aria-hidden="true" /> : null}
              {m.party}
            </>
          ) : unknownIsUnreported ? (
            <NotReported />
          ) : (
            'None recorded'
          )}
        </dd>
        <dt>House</dt>
        <dd>{HOUSES[m.house]}</dd>
        {m.house === 'COMMONS' ? (
          <>
            <dt>Constituency</dt>
            <dd>{m.constituency ?? (unknownIsUnreported ? <NotReported /> : 'None recorded')}</dd>
          </>
        ) : null}
      </dl>
      <ul className="stat-tiles">
        <li className="card"><span className="stat">{n(m.questionsAsked)}</span> questions asked</li>
        <li className="card"><span className="stat">{n(m.answersGiven)}</span> answers given as a minister</li>
        <li className="card"><span className="stat">{n(m.meetingsAttended)}</span> meetings attended</li>
        <li className="card"><span className="stat">{n(m.coverageMentions)}</span> articles mentioning them</li>
      </ul>
      <nav aria-label="On this page" className="jump-list">
        <ul>
          <li><a href="#roles">Posts held</a></li>
          <li><a href="#questions">Questions asked</a></li>
          <li><a href="#answers">Answers given</a></li>
          <li><a href="#meetings">Meetings</a></li>
          <li><a href="#coverage">Coverage</a></li>
          {timeline ? <li><a href="#timeline">Timeline</a></li> : null}
        </ul>
      </nav>

      <section aria-labelledby="roles">
        <h2 id="roles">Ministerial and other posts over time</h2>
        <RolesTable roles={m.roles} caption={`Posts held by ${m.displayName}`} show="department" />
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">Questions asked</h2>
        <MemberCharts stats={stats} name={m.displayName} />
        {questions}
        <p>
          <Link href={hrefWith('/questions', { member: m.slug })}>All {n(m.questionsAsked)} questions asked by {m.displayName}</Link>
        </p>
      </section>

      <section aria-labelledby="answers">
        <h2 id="answers" tabIndex={-1}>Answers given as a minister</h2>
        {answers.total === 0 ? (
          <p className="muted">{m.displayName} has given no answers recorded here.</p>
        ) : (
          <>
            <AnswersGivenTable rows={answers.rows} name={m.displayName} />
            <Pager
              page={answers.page}
              pageSize={answers.pageSize}
              total={answers.total}
              label="Answers given pages"
              hrefFor={(page) => hrefWith(memberPath(m), { answersPage: page > 1 ? page : undefined }, 'answers')}
            />
          </>
        )}
      </section>

      <section aria-labelledby="meetings">
        <h2 id="meetings">Meetings attended</h2>
        <MeetingList rows={meetings.rows} empty={`No meetings attended by ${m.displayName} are recorded.`} />
        {meetings.total > meetings.rows.length ? (
          <p><Link href={hrefWith('/meetings', { member: m.slug })}>All {n(meetings.total)} meetings attended</Link></p>
        ) : null}
      </section>

      <section aria-labelledby="coverage">
        <h2 id="coverage">Coverage mentioning {m.displayName}</h2>
        <CoverageList rows={coverage.rows} empty={`No coverage mentioning ${m.displayName} is recorded.`} />
        {coverage.total > coverage.rows.length ? (
          <p><Link href={hrefWith('/coverage', { member: m.slug })}>All {n(coverage.total)} articles</Link></p>
        ) : null}
      </section>

      {timeline ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline">Timeline</h2>
          {timeline}
        </section>
      ) : null}
    </>
  );
}
