import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import { formatDays } from '@/lib/dates';
import type { OverdueQuestion } from '@/server/overdue';
import { ScrollTable } from '@/components/lists/scroll-table';

/** Overdue questions, oldest first as given; named-day questions marked in words and by row style. */
export function OverdueTable({ rows, caption, showDepartment = false }: { rows: OverdueQuestion[]; caption: string; showDepartment?: boolean }) {
  return (
    <ScrollTable label={caption}>
      <table className="overdue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Overdue by</th>
            <th scope="col">Question</th>
            <th scope="col">Asked by</th>
            {showDepartment ? <th scope="col">Department</th> : null}
            <th scope="col">Tabled</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((q) => (
            <tr key={q.id} className={q.isNamedDay ? 'overdue-table__named' : undefined}>
              <td className="nowrap">
                <strong>{formatDays(q.daysOverdue)}</strong>
              </td>
              <th scope="row" className="overdue-table__question">
                <Link href={q.href}>{q.heading}</Link>{' '}
                <span className="muted nowrap">{q.uin}</span>
                {q.unreportedFields.includes('uin') ? <span className="badge badge--unreported">UIN not reported</span> : null}{' '}
                {q.isNamedDay ? <span className="badge badge--named">Named day</span> : null} {q.isDemo ? <DemoBadge /> : null}
              </th>
              <td>
                <Link href={q.member.href}>{q.member.name}</Link>
              </td>
              {showDepartment ? <td>{q.department.name}</td> : null}
              <td className="nowrap">
                <CalendarDate date={q.dateTabled} unreported={q.unreportedFields.includes('dateTabled')} short />
              </td>
              <td className="nowrap">
                <CalendarDate date={q.dateDue} unreported={q.unreportedFields.includes('dateDue')} short />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
