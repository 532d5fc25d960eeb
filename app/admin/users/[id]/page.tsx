import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountControls } from '@/components/admin/account-controls';
import { DemoBadge } from '@/components/badges/badges';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/dates';
import { requireRole } from '@/server/auth/session';
import { getAccount } from '@/server/users/list';

export const metadata: Metadata = { title: 'Account', robots: { index: false } };

export default async function AccountPage({ params }: PageProps<'/admin/users/[id]'>) {
  const me = await requireRole('admin');
  const account = await getAccount(decodeURIComponent((await params).id));
  if (!account) notFound();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/admin">Admin</Link> › <Link href="/admin/users">Accounts</Link>
      </p>
      <h1>
        {account.name} {account.isDemo ? <DemoBadge /> : null}
      </h1>
      <dl className="profile-facts">
        <dt>Email address</dt>
        <dd>{account.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[account.role]}</dd>
        <dt>Status</dt>
        <dd>{account.disabled ? 'Disabled' : 'Active'}</dd>
        <dt>Created</dt>
        <dd>{formatDate(account.createdAt)}</dd>
        <dt>Last active</dt>
        <dd>{account.lastSeen ? formatDateTime(account.lastSeen) : 'Never signed in'}</dd>
      </dl>
      <p>
        <Link href={`/history/User/${encodeURIComponent(account.id)}`}>History of this account</Link>
      </p>
      <AccountControls account={account} isSelf={account.id === me.id} />
    </>
  );
}
