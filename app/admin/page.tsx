import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Admin', robots: { index: false } };

export default async function AdminPage() {
  await requireRole('admin');
  return (
    <>
      <h1>Admin</h1>
      <ul>
        <li>
          <Link href="/admin/users">Accounts</Link>: create accounts, change roles, disable or enable them, set new passwords.
        </li>
        <li>
          <Link href="/admin/sync">Parliament sync</Link>: start a sync from Parliament&apos;s APIs, watch its progress, and see past runs with what they created, updated and rejected.
        </li>
        <li>
          <Link href="/admin/deleted">Deleted records</Link>: restore a deleted question, answer version, meeting, article or topic with its links.
        </li>
      </ul>
    </>
  );
}
