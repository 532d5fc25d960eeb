import Link from 'next/link';
import type { ReactNode } from 'react';
import { canEdit } from '@/server/auth/session';
import styles from './record-toolbar.module.css';

interface RecordToolbarProps {
  /** The record's kind and id as the history knows them (server/history/record-change.ts). */
  entityType: 'Question' | 'AnswerVersion' | 'Meeting' | 'Coverage' | 'Topic';
  entityId: number;
  /** The record's edit page, when it has one. */
  editHref?: string;
  /** Further controls for this record (delete, link, withdraw…), shown only to editors too. */
  children?: ReactNode;
}

/**
 * The editing controls on a record's page: rendered only for signed-in editors and admins, so a reader
 * (and the page cache, which only ever stores pages rendered for readers) never sees them.
 */
export async function RecordToolbar({ entityType, entityId, editHref, children }: RecordToolbarProps) {
  if (!(await canEdit())) return null;
  return (
    <div className={styles.toolbar} role="group" aria-label="Editing">
      {editHref ? (
        <Link href={editHref} className="button">
          Edit
        </Link>
      ) : null}
      {children}
      <Link href={`/history/${entityType}/${entityId}`} className="button secondary">
        History
      </Link>
    </div>
  );
}
