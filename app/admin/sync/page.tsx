import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AutoRefresh } from '@/components/admin/auto-refresh';
import { SyncStartForm } from '@/components/admin/sync-start-form';
import { describeSyncParams, SyncRunDetails, syncStatusLabel } from '@/components/admin/sync-run-view';
import { ScrollTable } from '@/components/lists/scroll-table';
import { formatDateTime } from '@/lib/dates';
import { requireRole } from '@/server/auth/session';
import { listAnsweringBodyOptions } from '@/server/departments';
import { listSyncRuns } from '@/server/parliament/sync-admin';

export const metadata: Metadata = { title: 'Parliament sync', robots: { index: false } };

const n = (value: number) => value.toLocaleString('en-GB');

export default async function SyncPage() {
  await requireRole('admin');
  await connection();
  const [runs, departments] = await Promise.all([listSyncRuns(30), listAnsweringBodyOptions()]);
  const running = runs.find((r) => r.status === 'running' && !r.stale) ?? null;
  const now = new Date();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/admin">Admin</Link>
      </p>
      <h1>Parliament sync</h1>
      <p>
        Written questions and answers from Parliament&apos;s Written Questions API, with members from the Members API. Only one sync runs at a time;
        the same runs can be started from the command line (<code>npm run sync</code>) or on a schedule.
      </p>
      {running ? (
        <section aria-labelledby="running-sync">
          <h2 id="running-sync">Sync {running.id} is running</h2>
          <AutoRefresh seconds={2} />
          <SyncRunDetails run={running} now={now} />
        </section>
      ) : (
        <SyncStartForm departments={departments} />
      )}
      <h2>Runs</h2>
      {runs.length === 0 ? (
        <p>No sync has run yet.</p>
      ) : (
        <ScrollTable label="Sync runs">
          <table className="data-table">
            <caption className="visually-hidden">Sync runs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col">What</th>
                <th scope="col">Done</th>
                <th scope="col">Created</th>
                <th scope="col">Updated</th>
                <th scope="col">Unchanged</th>
                <th scope="col">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admin/sync/${r.id}`}>Run {r.id}</Link>
                  </td>
                  <td>
                    <time dateTime={r.startedAt.toISOString()}>{formatDateTime(r.startedAt)}</time>
                  </td>
                  <td>{syncStatusLabel(r)}</td>
                  <td>{describeSyncParams(r.params)}</td>
                  <td>{n(r.done)}</td>
                  <td>{n(r.created)}</td>
                  <td>{n(r.updated)}</td>
                  <td>{n(r.unchanged)}</td>
                  <td>{n(r.rejected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
