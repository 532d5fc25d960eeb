import Link from 'next/link';
import { formatDate, formatDays } from '@/lib/dates';
import { departmentPath } from '@/lib/routes';
import type { OverdueOverview } from '@/server/overdue';
import { OverdueTable } from './overdue-table';

const n = (value: number) => value.toLocaleString('en-GB');

/** Every department's overdue questions, the longest-overdue department first, oldest first within. */
export function OverdueDashboard({ overview }: { overview: OverdueOverview }) {
  const { groups, total, namedDay, holdingPastDue, today } = overview;
  return (
    <>
      <h1>Overdue questions</h1>
      <p>
        Written questions still waiting for any answer after their due date, as of {formatDate(today)} (London). A question with a holding answer is not
        counted as overdue here; named-day questions, which must be answered on the day the member named, are highlighted.
      </p>
      <ul className="stat-tiles">
        <li className="card">
          <span className="stat">{n(total)}</span> overdue {total === 1 ? 'question' : 'questions'}
        </li>
        <li className="card">
          <span className="stat">{n(namedDay)}</span> of them named-day
        </li>
        <li className="card">
          <span className="stat">{n(groups.length)}</span> {groups.length === 1 ? 'department' : 'departments'}
        </li>
        <li className="card">
          <span className="stat">{n(holdingPastDue)}</span> more past the due date with only a holding answer
        </li>
      </ul>
      {groups.length === 0 ? (
        <p>No question is overdue today.</p>
      ) : (
        <>
          <nav aria-label="Departments with overdue questions" className="jump-list">
            <h2 className="jump-list__title">Jump to a department</h2>
            <ul>
              {groups.map((g) => (
                <li key={g.department.id}>
                  <a href={`#overdue-${g.department.slug}`}>
                    {g.department.name} ({n(g.total)})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((g) => (
            <section key={g.department.id} aria-labelledby={`overdue-${g.department.slug}`} className="overdue-group">
              <h2 id={`overdue-${g.department.slug}`} tabIndex={-1}>
                {g.department.name}
              </h2>
              <p>
                {n(g.total)} overdue{g.namedDay > 0 ? `, ${n(g.namedDay)} named-day` : ''}; the oldest is {formatDays(g.oldestDaysOverdue)} overdue
                {g.holdingPastDue > 0 ? ` (and ${n(g.holdingPastDue)} past due with only a holding answer)` : ''}.{' '}
                <Link href={`${departmentPath(g.department)}#overdue`}>{g.department.name}: overdue questions and answer times</Link>
              </p>
              <OverdueTable rows={g.questions} caption={`Overdue questions to the ${g.department.name}, oldest first`} />
              {g.total > g.questions.length ? (
                <p>
                  Showing the {n(g.questions.length)} oldest of {n(g.total)}.{' '}
                  <Link href={`${departmentPath(g.department)}#overdue`}>See all {n(g.total)} on the department’s page</Link>
                </p>
              ) : null}
            </section>
          ))}
        </>
      )}
    </>
  );
}
