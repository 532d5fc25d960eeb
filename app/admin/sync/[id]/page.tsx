import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { SyncRunDetails } from '@/components/admin/sync-run-view';
import { recordId } from '@/lib/validation/form-fields';
import { requireRole } from '@/server/auth/session';
import { getSyncRun } from '@/server/parliament/sync-admin';

export const metadata: Metadata = { title: 'Sync run', robots: { index: false } };

export default async function SyncRunPage(props: PageProps<'/admin/sync/[id]'>) {
  await requireRole('admin');
  await connection();
  const id = recordId('Run').safeParse((await props.params).id);
  const run = id.success ? await getSyncRun(id.data) : null;
  if (!run) notFound();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/admin">Admin</Link> › <Link href="/admin/sync">Parliament sync</Link>
      </p>
      <h1>Sync run {run.id}</h1>
      {run.status === 'running' && !run.stale ? <AutoRefresh seconds={2} /> : null}
      <SyncRunDetails run={run} now={new Date()} errorsShown={500} />
    </>
  );
}
