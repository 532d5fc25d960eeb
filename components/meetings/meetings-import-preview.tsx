import Link from 'next/link';
import type { ReactNode } from 'react';
import { ScrollTable } from '@/components/lists/scroll-table';
import { formatMeetingDate } from '@/lib/meeting-dates';
import { meetingPath, memberPath } from '@/lib/routes';
import type { ImportPlan, PlannedMeeting } from '@/server/meetings-import/plan';
import styles from './meetings-import.module.css';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const when = (m: PlannedMeeting) => formatMeetingDate({ date: utc(m.date), precision: m.precision, endDate: m.endDate ? utc(m.endDate) : null });
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function Minister({ m }: { m: PlannedMeeting }) {
  return (
    <>
      <Link href={memberPath(m.member)}>{m.member.displayName}</Link>
      {m.roleTitle ? <span className={styles.detail}>{m.roleTitle}</span> : <span className={styles.detail}>No post recorded on this date</span>}
      {m.ministerRepeated ? <span className={styles.detail}>(Minister cell blank: from the row above)</span> : null}
    </>
  );
}

/** A titled table: the title is a heading outside the sideways-scrolling box, so a phone shows all of it. */
function Titled({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className={styles.block}>
      <h3 id={id}>{title}</h3>
      <ScrollTable label={`${title} (scrolls sideways)`}>{children}</ScrollTable>
    </div>
  );
}

function MeetingsTable({ id, caption, rows, kind, existing }: { id: string; caption: string; rows: PlannedMeeting[]; kind: ImportPlan['kind']; existing?: boolean }) {
  return (
    <Titled id={id} title={caption}>
      <table className={`${styles.table} ${styles.wide}`} aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Date</th>
            <th scope="col">Minister</th>
            <th scope="col">{kind === 'travel' ? 'Destination' : 'With'}</th>
            <th scope="col">{existing ? 'Meeting' : 'Title'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.key}>
              <td>{m.row}</td>
              <td className={styles.nowrap}>{when(m)}</td>
              <td>
                <Minister m={m} />
              </td>
              <td>{kind === 'travel' ? m.place : m.organisation}</td>
              <td>{existing && m.meetingId ? <Link href={meetingPath({ id: m.meetingId })}>{m.title}</Link> : m.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Titled>
  );
}

/** What the import would do, row by row: nothing here has been written yet. */
export function MeetingsImportPreview({ plan }: { plan: ImportPlan }) {
  const unmatchedRows = plan.unmatched.reduce((n, u) => n + u.rows.length, 0);
  return (
    <section className={styles.preview} aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">Preview of {plan.fileName ? `“${plan.fileName}”` : 'the file'}</h2>
      <p className={styles.meta}>
        {plan.kind === 'travel' ? 'Ministerial overseas travel' : 'Ministers’ meetings'} · {plan.encoding}
        {plan.quarter ? ` · quarter ${plan.quarter}` : ''}
        {plan.department ? ` · ${plan.department.name}` : ' · no department chosen'}
      </p>
      <ul className={styles.counts}>
        <li>
          <strong>{plural(plan.create.length, 'meeting')}</strong> to create
        </li>
        <li>
          <strong>{plan.existing.length.toLocaleString('en-GB')}</strong> already imported
        </li>
        <li className={unmatchedRows ? styles.warn : undefined}>
          <strong>{plural(unmatchedRows, 'row')}</strong> with a minister not matched
        </li>
        <li className={plan.rejected.length ? styles.warn : undefined}>
          <strong>{plural(plan.rejected.length, 'row')}</strong> rejected
        </li>
        <li>
          <strong>{plural(plan.skipped.length, 'row')}</strong> skipped{plan.blankRows ? ` (and ${plural(plan.blankRows, 'blank row')})` : ''}
        </li>
      </ul>

      {plan.create.length ? <MeetingsTable id="import-create" caption="Meetings to create" rows={plan.create} kind={plan.kind} /> : null}

      {plan.unmatched.length ? (
        <Titled id="import-unmatched" title="Ministers not matched to a member: these rows are not imported">
          <table className={styles.table} aria-labelledby="import-unmatched">
            <thead>
              <tr>
                <th scope="col">Minister as written</th>
                <th scope="col">Why</th>
                <th scope="col">Rows</th>
              </tr>
            </thead>
            <tbody>
              {plan.unmatched.map((u) => (
                <tr key={`${u.minister}-${u.reason}`}>
                  <td>{u.minister}</td>
                  <td>{u.reason}</td>
                  <td>{u.rows.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Titled>
      ) : null}

      {plan.rejected.length ? (
        <Titled id="import-rejected" title="Rejected rows: fix them in the file and preview again to import them">
          <table className={styles.table} aria-labelledby="import-rejected">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {plan.rejected.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Titled>
      ) : null}

      {plan.existing.length ? <MeetingsTable id="import-existing" caption="Already imported (not created again)" rows={plan.existing} kind={plan.kind} existing /> : null}

      {plan.skipped.length ? (
        <details className={styles.skipped}>
          <summary>Skipped rows ({plan.skipped.length})</summary>
          <ul>
            {plan.skipped.map((s) => (
              <li key={s.row}>
                Row {s.row}: {s.reason}
                {s.text ? <span className={styles.detail}>“{s.text}”</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
