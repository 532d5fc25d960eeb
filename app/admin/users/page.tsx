import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { DemoBadge } from '@/components/badges/badges';
import { ScrollTable } from '@/components/lists/scroll-table';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/dates';
import { requireRole } from '@/server/auth/session';
import { listAccounts } from '@/server/users/list';

export const metadata: Metadata = { title: 'Accounts', robots: { index: false } };

export default async function UsersPage() {
  const me = await requireRole('admin');
  const accounts = await listAccounts();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/admin">Admin</Link>
      </p>
      <h1>Accounts</h1>
      <ScrollTable label="Accounts">
        <table className="data-table">
          <caption className="visually-hidden">Accounts, by name</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email address</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Last active</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/admin/users/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                  {a.id === me.id ? ' (you)' : null} {a.isDemo ? <DemoBadge /> : null}
                </td>
                <td>{a.email}</td>
                <td>{ROLE_LABELS[a.role]}</td>
                <td>{a.disabled ? <strong>Disabled</strong> : 'Active'}</td>
                <td>
                  <time dateTime={a.createdAt.toISOString()}>{formatDate(a.createdAt)}</time>
                </td>
                <td>{a.lastSeen ? <time dateTime={a.lastSeen.toISOString()}>{formatDateTime(a.lastSeen)}</time> : 'Never signed in'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <CreateUserForm />
    </>
  );
}
