import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeList } from '@/components/history/change-list';
import { hasRole } from '@/lib/auth/roles';
import { requireRole } from '@/server/auth/session';
import { getRecordHistory } from '@/server/history/history-view';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

const NOUNS: Record<string, string> = { Question: 'question', AnswerVersion: 'answer version', Meeting: 'meeting', Coverage: 'article', Topic: 'topic', User: 'account' };

export default async function HistoryPage({ params }: PageProps<'/history/[type]/[id]'>) {
  const { type, id } = await params;
  const user = await requireRole(type === 'User' ? 'admin' : 'editor');
  const history = await getRecordHistory(type, decodeURIComponent(id));
  if (!history) notFound();
  return (
    <>
      <p className="breadcrumbs">{history.path ? <Link href={history.path}>Back to the {NOUNS[history.entityType]}</Link> : <Link href="/admin/deleted">Deleted records</Link>}</p>
      <h1>History of the {NOUNS[history.entityType]}: {history.label}</h1>
      {history.exists ? null : <p><strong>This {NOUNS[history.entityType]} has been deleted.</strong> Its history is kept{hasRole(user.role, 'admin') ? ', and it can be restored below' : '; an admin can restore it'}.</p>}
      <p className="muted">
        {history.total === 1 ? 'One change' : `${history.total.toLocaleString('en-GB')} changes`}, newest first.
        {history.total > history.entries.length ? ` The newest ${history.entries.length} are shown.` : ''} Added values are underlined, removed ones struck through.
      </p>
      {history.entries.length ? <ChangeList entries={history.entries} label={history.label} canRestore={hasRole(user.role, 'admin')} /> : <p>No changes have been made here since the record was loaded.</p>}
    </>
  );
}
