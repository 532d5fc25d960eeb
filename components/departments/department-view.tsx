import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { Pager } from '@/components/lists/pager';
import { TableProblems } from '@/components/data-table/table-problems';
import { OverdueTable } from '@/components/overdue/overdue-table';
import { MeetingList } from '@/components/stories/meeting-list';
import { RolesTable } from '@/components/stories/roles-table';
import { departmentPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import type { DepartmentAnswerStats, DepartmentProfile } from '@/server/departments';
import type { MeetingRow } from '@/server/meetings';
import type { OverdueQuestion } from '@/server/overdue';
import { AnswerTimesSection } from './answer-times-section';

export interface DepartmentViewProps {
  department: DepartmentProfile;
  overdue: { rows: OverdueQuestion[]; total: number; page: number; pageSize: number };
  stats: DepartmentAnswerStats;
  meetings: { rows: MeetingRow[]; total: number };
  problems: string[];
  /** The department's timeline section (rendered by the route with the shared timeline). */
  timeline?: React.ReactNode;
  /** The department's questions (the shared questions table, filtered). */
  questions?: React.ReactNode;
  /** Feeds and email alerts (components/alerts/follow-bar.tsx). */
  follow?: React.ReactNode;
}

const n = (value: number) => value.toLocaleString('en-GB');

export function DepartmentView({ department: d, overdue, stats, meetings, problems, timeline, questions, follow }: DepartmentViewProps) {
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/departments">Departments</Link>
      </p>
      <h1>
        {d.name} {d.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="muted">
        {d.shortName}
        {d.parliamentId !== null ? ` · Parliament answering body ${d.parliamentId}` : ''}
      </p>
      {follow}
      <TableProblems problems={problems} />
      <ul className="stat-tiles">
        <li className="card">
          <span className="stat">{n(d.questions)}</span> questions addressed to it
        </li>
        <li className="card">
          <span className="stat">{n(d.awaiting)}</span> awaiting an answer, not yet due
        </li>
        <li className="card">
          <span className="stat">{n(d.overdue)}</span> overdue today
        </li>
      </ul>
      <nav aria-label="On this page" className="jump-list">
        <ul>
          <li><a href="#overdue">Overdue now</a></li>
          <li><a href="#answer-times">Answer times</a></li>
          <li><a href="#questions">Questions</a></li>
          <li><a href="#ministers">Ministers over time</a></li>
          <li><a href="#meetings">Meetings of its ministers</a></li>
          {timeline ? <li><a href="#timeline">Timeline</a></li> : null}
        </ul>
      </nav>

      <section aria-labelledby="overdue">
        <h2 id="overdue" tabIndex={-1}>Overdue now</h2>
        {overdue.total === 0 ? (
          <p>No question to the {d.name} is overdue today.</p>
        ) : (
          <>
            <p>
              {n(overdue.total)} {overdue.total === 1 ? 'question is' : 'questions are'} past the due date with no answer, oldest first. Named-day questions are marked.
            </p>
            <OverdueTable rows={overdue.rows} caption={`Overdue questions to the ${d.name}, oldest first`} />
            <Pager
              page={overdue.page}
              pageSize={overdue.pageSize}
              total={overdue.total}
              label="Overdue questions pages"
              hrefFor={(page) => hrefWith(departmentPath(d), { overduePage: page > 1 ? page : undefined }, 'overdue')}
            />
          </>
        )}
      </section>

      <section aria-labelledby="answer-times">
        <h2 id="answer-times">Answer times</h2>
        <AnswerTimesSection stats={stats} departmentName={d.name} />
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">Questions</h2>
        {questions}
        <p>
          <Link href={hrefWith('/questions', { department: d.slug })}>All {n(d.questions)} questions to the {d.name}</Link>
        </p>
      </section>

      <section aria-labelledby="ministers">
        <h2 id="ministers">Ministers over time</h2>
        <RolesTable roles={d.roles} caption={`Posts held at the ${d.name}`} show="member" />
      </section>

      <section aria-labelledby="meetings">
        <h2 id="meetings">Meetings of its ministers</h2>
        <p className="muted">Meetings a minister attended while holding a post here (a post with unreported dates counts at any date).</p>
        <MeetingList rows={meetings.rows} empty="No meetings of its ministers are recorded." />
        {meetings.total > meetings.rows.length ? (
          <p>
            <Link href={hrefWith('/meetings', { department: d.slug })}>All {n(meetings.total)} meetings of its ministers</Link>
          </p>
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
