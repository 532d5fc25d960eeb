import Link from 'next/link';
import { CalendarDate, DemoBadge } from '@/components/lists/calendar-date';
import { departmentPath, memberPath } from '@/lib/routes';
import type { QuestionRow } from '@/server/question-rows';

/** Compact question rows: heading (linked), UIN, who asked whom, date tabled. */
export function QuestionList({ rows, empty, extra }: { rows: QuestionRow[]; empty: string; extra?: (row: QuestionRow) => React.ReactNode }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="list-plain">
      {rows.map((q) => (
        <li key={q.id}>
          <Link href={q.href}>{q.heading}</Link> <span className="muted">{q.uin}</span>
          {q.unreported.includes('uin') ? <span className="badge badge--unreported">UIN not reported</span> : null} {q.isDemo ? <DemoBadge /> : null}
          <br />
          <span className="muted">
            <Link href={memberPath(q.askingMember)}>{q.askingMember.displayName}</Link> asked the{' '}
            <Link href={departmentPath(q.department)}>{q.department.name}</Link>, tabled <CalendarDate date={q.dateTabled} unreported={q.unreported.includes('dateTabled')} />
          </span>
          {extra ? <span className="list-note">{extra(q)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
