import Link from 'next/link';
import { formatDate, formatDateTime, parseCalendarDate } from '@/lib/dates';
import type { SyncRunView } from '@/server/parliament/sync-admin';
import styles from './sync.module.css';

const n = (value: number) => value.toLocaleString('en-GB');

const ukDate = (iso: unknown) => {
  const date = typeof iso === 'string' ? parseCalendarDate(iso) : null;
  return date ? formatDate(date) : String(iso);
};

/** "Questions tabled from 1 January 2025 to 31 March 2025, Commons, answering body 11" or "Continuing from the last run…". */
export function describeSyncParams(params: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof params.from === 'string') parts.push(`Questions tabled from ${ukDate(params.from)}${typeof params.to === 'string' ? ` to ${ukDate(params.to)}` : ' to today'}`);
  else parts.push('Continuing from the last run, with every question still awaiting an answer checked again');
  if (params.house === 'commons') parts.push('Commons only');
  if (params.house === 'lords') parts.push('Lords only');
  if (typeof params.department === 'number') parts.push(`answering body ${params.department} only`);
  return parts.join(', ');
}

export function syncStatusLabel(run: SyncRunView): string {
  if (run.status === 'running') return run.stale ? 'Stopped without finishing' : 'Running';
  return run.status === 'succeeded' ? 'Finished' : 'Failed';
}

/** Seconds as "2 min 5 s". */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** One run: what it was asked to do, how far it got, its counts and its rejected records. */
export function SyncRunDetails({ run, now, errorsShown = 20 }: { run: SyncRunView; now: Date; errorsShown?: number }) {
  const end = run.finishedAt ?? now;
  const elapsed = (end.getTime() - run.startedAt.getTime()) / 1000;
  const rate = elapsed > 0 ? run.done / elapsed : 0;
  const left = run.status === 'running' && run.total && rate > 0 ? (run.total - run.done) / rate : null;
  const startedBy = typeof run.params.startedBy === 'string' ? run.params.startedBy : run.params.startedFrom === 'admin' ? 'an admin' : 'the command line';
  return (
    <>
      <p>
        <span className={`${styles.status} ${run.status === 'failed' || run.stale ? styles.failed : ''}`}>{syncStatusLabel(run)}</span>
        {run.phase && run.status === 'running' ? ` (${run.phase})` : null}. Started by {startedBy},{' '}
        <time dateTime={run.startedAt.toISOString()}>{formatDateTime(run.startedAt)}</time>
        {run.finishedAt ? (
          <>
            ; ended <time dateTime={run.finishedAt.toISOString()}>{formatDateTime(run.finishedAt)}</time>
          </>
        ) : null}
        . {describeSyncParams(run.params)}.
      </p>
      {run.message ? <p className={run.status === 'failed' ? styles.failed : undefined}>{run.message}</p> : null}
      <div className={styles.progress}>
        <label htmlFor={`sync-progress-${run.id}`}>
          {n(run.done)} records{run.total ? ` of ${n(run.total)}` : ''} done
          {rate > 0 ? `, ${n(Math.round(rate))} a second` : ''}
          {left !== null ? `, about ${duration(left)} left` : run.finishedAt ? `, in ${duration(elapsed)}` : ''}
        </label>
        {/* Without a total yet the bar is indeterminate while running; a finished run is full. */}
        <progress
          id={`sync-progress-${run.id}`}
          max={run.total || 1}
          value={run.status !== 'running' ? run.total || 1 : run.total ? Math.min(run.done, run.total) : undefined}
        />
      </div>
      <dl className={styles.counts}>
        <div>
          <dt>Created</dt>
          <dd>{n(run.created)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{n(run.updated)}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{n(run.unchanged)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{n(run.rejected)}</dd>
        </div>
      </dl>
      {run.errors.length ? (
        <>
          <h3>Rejected records and failed requests</h3>
          <ul className={styles.errors}>
            {run.errors.slice(0, errorsShown).map((e, i) => (
              <li key={`${e.id}-${i}`}>
                <code>{e.id}</code>: {e.reason}
              </li>
            ))}
          </ul>
          {run.errors.length > errorsShown ? (
            <p>
              {n(run.errors.length - errorsShown)} more: <Link href={`/admin/sync/${run.id}`}>see them all</Link>.
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
