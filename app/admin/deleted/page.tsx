import type { Metadata } from 'next';
import Link from 'next/link';
import { ScrollTable } from '@/components/lists/scroll-table';
import { RestoreButton } from '@/components/history/restore-button';
import { formatDateTime } from '@/lib/dates';
import { requireRole } from '@/server/auth/session';
import { listDeletedRecords } from '@/server/history/history-view';

export const metadata: Metadata = { title: 'Deleted records', robots: { index: false } };

const NOUNS: Record<string, string> = { Question: 'Question', AnswerVersion: 'Answer version', Meeting: 'Meeting', Coverage: 'Article', Topic: 'Topic' };

export default async function DeletedRecordsPage() {
  await requireRole('admin');
  const deleted = await listDeletedRecords();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/admin">Admin</Link>
      </p>
      <h1>Deleted records</h1>
      <p>Records deleted and not restored since, newest first. Restoring puts back the record with its links, exactly as they were.</p>
      {deleted.length === 0 ? (
        <p>Nothing has been deleted.</p>
      ) : (
        <ScrollTable label="Deleted records">
          <table className="data-table">
            <caption className="visually-hidden">Deleted records</caption>
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">Deleted</th>
                <th scope="col">With it</th>
                <th scope="col">Restore</th>
              </tr>
            </thead>
            <tbody>
              {deleted.map((d) => (
                <tr key={d.changeId}>
                  <td>
                    {NOUNS[d.entityType]}: <Link href={`/history/${d.entityType}/${d.entityId}`}>{d.label}</Link>
                  </td>
                  <td>
                    <time dateTime={d.at.toISOString()}>{formatDateTime(d.at)}</time> by {d.actor}
                  </td>
                  <td>{d.contents.length ? d.contents.join(', ') : 'Nothing else'}</td>
                  <td>
                    <RestoreButton changeId={d.changeId} label={d.label} />
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
