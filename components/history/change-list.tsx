import { formatDateTime } from '@/lib/dates';
import type { FieldChange } from '@/lib/history-diff';
import type { HistoryEntry } from '@/server/history/history-view';
import { RestoreButton } from './restore-button';
import styles from './history.module.css';

const ACTION_LABELS: Record<string, string> = {
  create: 'Created', update: 'Edited', delete: 'Deleted', restore: 'Restored', link: 'Linked', unlink: 'Unlinked',
  withdraw: 'Withdrawn', reinstate: 'Reinstated', merge: 'Merged', assign: 'Assigned',
};

/** A record's changes, newest first: who, when, what, and each changed field before and after. */
export function ChangeList({ entries, label, canRestore }: { entries: HistoryEntry[]; label: string; canRestore: boolean }) {
  return (
    <ol className={styles.changes} reversed>
      {entries.map((entry) => (
        <li key={entry.id} className={styles.change}>
          <article aria-labelledby={`change-${entry.id}`}>
            <h2 id={`change-${entry.id}`}>
              {ACTION_LABELS[entry.action] ?? entry.action}
              {entry.summary && entry.action !== 'update' ? `: ${entry.summary}` : null}
            </h2>
            <p className={styles.meta}>
              By {entry.actor}, <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
            </p>
            {entry.deletedContents ? (
              <p>{entry.deletedContents.length ? `Deleted with its ${entry.deletedContents.join(', ')}.` : 'Nothing else was deleted with it.'}</p>
            ) : null}
            {entry.changes.length ? <FieldChanges changes={entry.changes} /> : null}
            {entry.restorable && canRestore ? <RestoreButton changeId={entry.id} label={label} /> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

function FieldChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <dl className={styles.fields}>
      {changes.map((c) => (
        <div key={c.field} style={{ display: 'contents' }}>
          <dt>{c.label}</dt>
          <dd>{c.words ? <Words segments={c.words} /> : <BeforeAfter before={c.before} after={c.after} />}</dd>
        </div>
      ))}
    </dl>
  );
}

function BeforeAfter({ before, after }: { before: string | null; after: string | null }) {
  if (before === null) return <ins><span className="visually-hidden">[added: </span>{after}<span className="visually-hidden">]</span></ins>;
  if (after === null) return <del><span className="visually-hidden">[removed: </span>{before}<span className="visually-hidden">]</span></del>;
  return (
    <>
      <del><span className="visually-hidden">[was: </span>{before}<span className="visually-hidden">]</span></del>
      {' → '}
      <ins><span className="visually-hidden">[now: </span>{after}<span className="visually-hidden">]</span></ins>
    </>
  );
}

/** Edited text word by word, as the question page shows a corrected answer. */
function Words({ segments }: { segments: NonNullable<FieldChange['words']> }) {
  return (
    <>
      {segments.map((s, i) =>
        s.type === 'added' ? (
          <ins key={i}><span className="visually-hidden">[added: </span>{s.text}<span className="visually-hidden">]</span></ins>
        ) : s.type === 'removed' ? (
          <del key={i}><span className="visually-hidden">[removed: </span>{s.text}<span className="visually-hidden">]</span></del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
