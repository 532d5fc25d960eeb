import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import { departmentPath, memberPath } from '@/lib/routes';
import type { RoleDto } from '@/server/roles';
import { ScrollTable } from '@/components/lists/scroll-table';

/**
 * Posts held over time, current first. On a member's page the other column is the department; on a
 * department's page it is the member. Undated posts from an article say so rather than guess.
 */
export function RolesTable({ roles, caption, show }: { roles: RoleDto[]; caption: string; show: 'member' | 'department' }) {
  if (roles.length === 0) return <p className="muted">No posts recorded.</p>;
  return (
    <ScrollTable label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col">{show === 'member' ? 'Held by' : 'Department'}</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <th scope="row">
                {role.title} {role.isDemo ? <DemoBadge /> : null}
              </th>
              <td>
                {show === 'member' ? (
                  <Link href={memberPath(role.member)}>{role.member.displayName}</Link>
                ) : role.department ? (
                  <Link href={departmentPath(role.department)}>{role.department.name}</Link>
                ) : (
                  <span className="muted">None recorded</span>
                )}
              </td>
              <td>{role.startDate ? <CalendarDate date={role.startDate} /> : <span className="badge badge--unreported">Not reported</span>}</td>
              <td>
                {role.endDate ? (
                  <CalendarDate date={role.endDate} />
                ) : role.datesUnreported ? (
                  <span className="badge badge--unreported">Not reported</span>
                ) : (
                  'In post'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
