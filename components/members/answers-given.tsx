import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import type { AnswerGiven } from '@/server/members';
import { ScrollTable } from '@/components/lists/scroll-table';
import { ANSWER_KIND_LABELS } from '@/lib/labels';

/** Answers a minister gave, newest first: what kind, when, to whose question. */
export function AnswersGivenTable({ rows, name }: { rows: AnswerGiven[]; name: string }) {
  return (
    <ScrollTable label={`Answers given by ${name}, newest first`}>
      <table>
        <caption className="visually-hidden">Answers given by {name}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">Question</th>
            <th scope="col">Asked by</th>
            <th scope="col">Department</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.answerId}>
              <td className="nowrap">
                <CalendarDate date={a.answeredOn} unreported={a.answeredOnUnreported} short />
              </td>
              <td>{ANSWER_KIND_LABELS[a.kind]}</td>
              <th scope="row" className="overdue-table__question">
                <Link href={a.question.href}>{a.question.heading}</Link> <span className="muted nowrap">{a.question.uin}</span>
                {a.question.unreportedFields.includes('uin') ? <span className="badge badge--unreported">UIN not reported</span> : null} {a.question.isDemo ? <DemoBadge /> : null}
              </th>
              <td>
                <Link href={a.question.member.href}>{a.question.member.name}</Link>
              </td>
              <td>{a.question.department.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
