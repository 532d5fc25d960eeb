'use client';
import Link from 'next/link';
import { useActionState, useState, type FormEvent } from 'react';
import { FormStatus, SelectField, SubmitButton, TextField, formStyles } from '@/components/forms/fields';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '@/lib/validation/meetings-import-form';
import { importMeetings, previewMeetingsImport } from '@/server/actions/meetings-import';
import type { ReadState } from '@/server/actions/staff-read-action';
import type { ImportPreview } from '@/server/meetings-import/preview';
import { MeetingsImportPreview } from './meetings-import-preview';
import styles from './meetings-import.module.css';

const KIND_OPTIONS = [{ value: '', label: 'Detect from the column headings' }, ...IMPORT_KINDS.map((value) => ({ value, label: IMPORT_KIND_LABELS[value] }))];
const IDLE_PREVIEW: ReadState<ImportPreview> = { status: 'idle' };

/**
 * Upload a GOV.UK release, see what it would do, then import exactly that: the confirmation carries the
 * previewed file and the plan's fingerprint, and the server refuses it if either changed.
 */
export function MeetingsImportForm({ departments }: { departments: { value: string; label: string }[] }) {
  // "Import another file" starts a fresh round: a new key gives the forms fresh action states.
  const [round, setRound] = useState(0);
  return <ImportRound key={round} departments={departments} again={() => setRound((n) => n + 1)} />;
}

function ImportRound({ departments, again }: { departments: { value: string; label: string }[]; again: () => void }) {
  const [preview, previewAction] = useActionState(previewMeetingsImport, IDLE_PREVIEW);
  const [imported, importAction] = useActionState(importMeetings, IDLE_STATE);
  const [tooBig, setTooBig] = useState<string | null>(null);
  // The plan the editor confirmed: the result shows while the preview on screen is that plan.
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const result = preview.status === 'ok' ? preview.result : undefined;
  const done = imported.status === 'ok' && result && confirmed === result.plan.planHash;

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get('file');
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      event.preventDefault();
      setTooBig(`“${file.name}” is larger than ${MAX_IMPORT_LABEL}: a quarterly release is much smaller. Check it is the right file.`);
    } else setTooBig(null);
  }
  const fileState = tooBig ? { status: 'error' as const, message: 'Check the highlighted fields: nothing was read.', fieldErrors: { file: [tooBig] } } : preview;

  if (done) {
    return (
      <div className={styles.done} role="status">
        <p>
          <strong>{imported.message}</strong>
        </p>
        <p className={styles.links}>
          <Link href="/meetings">See the meetings</Link>
          <button type="button" className="secondary" onClick={again}>
            Import another file
          </button>
        </p>
      </div>
    );
  }
  if (result) {
    const n = result.plan.create.length;
    return (
      <>
        <MeetingsImportPreview plan={result.plan} />
        <form action={importAction} onSubmit={() => setConfirmed(result.plan.planHash)} className={styles.confirm}>
          {Object.entries(result.confirm).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="fileHash" value={result.plan.fileHash} />
          <input type="hidden" name="planHash" value={result.plan.planHash} />
          <FormStatus state={imported.status === 'error' ? imported : IDLE_STATE} />
          {n ? <p className={styles.detail}>Nothing has been written yet. Rows not matched or rejected are left out; fix them in the file and preview it again to add them.</p> : <p className={styles.nothing}>Nothing to import from this file.</p>}
          <div className={formStyles.actions}>
            {n ? <SubmitButton pendingLabel="Importing…">{`Import ${n} ${n === 1 ? 'meeting' : 'meetings'}`}</SubmitButton> : null}
            <button type="button" className="secondary" onClick={again}>
              Choose another file
            </button>
          </div>
        </form>
      </>
    );
  }
  return (
    <form action={previewAction} onSubmit={checkSize} className={formStyles.form} noValidate>
      <FormStatus state={fileState} />
      <FileField errors={fileState.fieldErrors?.file} />
      <SelectField state={preview} name="department" label="Department" hint="The department whose release this is (the file does not say): its posts decide who a shared name means" options={departments} />
      <SelectField state={preview} name="kind" label="Kind of file" hint="Choose it only for a file with no column headings (its columns are then read in the standard order)" options={KIND_OPTIONS} required />
      <TextField state={preview} name="quarter" label="Quarter" hint="Gives the year of dates written as a month only (“July”), e.g. 2025-Q3 for July to September 2025; otherwise read from the file" placeholder="2025-Q3" />
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Reading the file…">Preview</SubmitButton>
      </div>
    </form>
  );
}

/** The file input: a native one (no typed value to keep: browsers cannot be given a file back). */
function FileField({ errors }: { errors?: string[] }) {
  return (
    <div className={formStyles.field}>
      <label className={formStyles.label} htmlFor="import-file">
        CSV file
      </label>
      <span id="import-file-hint" className={formStyles.hint}>
        A GOV.UK “ministers’ meetings” or “overseas travel” CSV, up to {MAX_IMPORT_LABEL}
      </span>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        className={formStyles.input}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? 'import-file-hint import-file-error' : 'import-file-hint'}
      />
      {errors?.length ? (
        <p id="import-file-error" className={formStyles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
