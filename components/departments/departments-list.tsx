import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { departmentPath } from '@/lib/routes';
import { hrefWith } from '@/lib/url-params';
import type { DepartmentRow } from '@/server/departments';
import { ScrollTable } from '@/components/lists/scroll-table';

const n = (value: number) => value.toLocaleString('en-GB');

/** Every answering body with its question counts; overdue counts link to the department's overdue list. */
export function DepartmentsList({ rows }: { rows: DepartmentRow[] }) {
  const overdue = rows.reduce((sum, d) => sum + d.overdue, 0);
  return (
    <>
      <h1>Departments</h1>
      <p>
        The government departments and other bodies that answer written questions, with how many questions each has been asked, how many await an answer, and how many
        are overdue today ({n(overdue)} in all: <Link href="/overdue">the overdue dashboard</Link>).
      </p>
      {rows.length === 0 ? (
        <p>No departments are recorded yet.</p>
      ) : (
        <ScrollTable label={`Departments, by name`}>
          <table>
            <caption className="visually-hidden">Departments, by name</caption>
            <thead>
              <tr>
                <th scope="col">Department</th>
                <th scope="col" className="num">Questions</th>
                <th scope="col" className="num">Awaiting</th>
                <th scope="col" className="num">Overdue today</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link href={departmentPath(d)}>{d.name}</Link> {d.isDemo ? <DemoBadge /> : null}
                  </th>
                  <td className="num">
                    <Link href={hrefWith('/questions', { department: d.slug })} aria-label={`${n(d.questions)} questions to the ${d.name}`}>{n(d.questions)}</Link>
                  </td>
                  <td className="num">{n(d.awaiting)}</td>
                  <td className="num">
                    {d.overdue > 0 ? (
                      <Link href={`${departmentPath(d)}#overdue`} aria-label={`${n(d.overdue)} overdue questions to the ${d.name}`}>{n(d.overdue)}</Link>
                    ) : (
                      0
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
