'use client';
/**
 * Citation links between an answer version and a meeting, made and removed from either end: on the
 * question page (cite a meeting from a version) and on the meeting's page (link an answer: pick the
 * question, then its version). Each is a small form through the same Server Actions.
 */
import { useActionState, useEffect, useId, useState } from 'react';
import { FormStatus, SubmitButton, formStyles } from '@/components/forms/fields';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { citeMeeting, unciteMeeting } from '@/server/actions/answers';
import styles from './citations.module.css';

/** "Unlink" for one citation. */
export function UnciteButton({ answerId, meetingId, label }: { answerId: number; meetingId: number; label: string }) {
  const [state, action] = useActionState(unciteMeeting, IDLE_STATE);
  return (
    <form action={action} className={styles.inline}>
      <input type="hidden" name="answerId" value={answerId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SubmitButton className="secondary" pendingLabel="Unlinking…">
        Unlink <span className="visually-hidden">{label}</span>
      </SubmitButton>
      {state.status === 'error' ? <FormStatus state={state} /> : null}
    </form>
  );
}

/** On an answer version: choose a meeting it cites. */
export function CiteMeetingForm({ answerId }: { answerId: number }) {
  const [state, action] = useActionState(citeMeeting, IDLE_STATE);
  const [meeting, setMeeting] = useState<PickerOption[]>([]);
  return (
    <details className={styles.details}>
      <summary>Cite a meeting</summary>
      <form action={action} className={styles.form} noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="answerId" value={answerId} />
        <div className={styles.picker}>
          <Picker label="Meeting" kind="meeting" name="meetingId" single selected={meeting} onChange={setMeeting} hint="Type part of the meeting's title or place." errors={state.fieldErrors?.meetingId} />
        </div>
        <SubmitButton pendingLabel="Linking…">Cite this meeting</SubmitButton>
      </form>
    </details>
  );
}

/** On a meeting's page: choose a question, then which of its answer versions cites this meeting. */
export function LinkAnswerForm({ meetingId }: { meetingId: number }) {
  const id = useId();
  const [state, action] = useActionState(citeMeeting, IDLE_STATE);
  const [question, setQuestion] = useState<PickerOption[]>([]);
  const [versions, setVersions] = useState<{ value: string; label: string }[] | null>(null);
  const questionId = question[0]?.value;

  useEffect(() => {
    if (!questionId) return;
    const controller = new AbortController();
    fetch(`/api/answer-versions?question=${encodeURIComponent(questionId)}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ versions: { value: string; label: string }[] }>) : { versions: [] }))
      .then((body) => setVersions(body.versions))
      .catch(() => undefined);
    return () => controller.abort();
  }, [questionId]);

  const answerErrors = state.fieldErrors?.answerId ?? [];
  return (
    <form action={action} className={styles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className={styles.picker}>
        <Picker
          label="Question"
          kind="question"
          name="question"
          single
          selected={question}
          onChange={(next) => {
            setVersions(null);
            setQuestion(next);
          }}
          hint="Type the UIN or words of the heading."
        />
      </div>
      {questionId && versions && versions.length === 0 ? <p>This question has no answer logged yet: log its answer first.</p> : null}
      {questionId && versions && versions.length > 0 ? (
        <div className={formStyles.field}>
          <label htmlFor={`${id}-version`} className={formStyles.label}>
            Answer version
          </label>
          <select
            id={`${id}-version`}
            name="answerId"
            className={formStyles.input}
            defaultValue={versions.at(-1)!.value}
            aria-invalid={answerErrors.length ? true : undefined}
            aria-describedby={answerErrors.length ? `${id}-version-error` : undefined}
          >
            {versions.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label}
              </option>
            ))}
          </select>
          {answerErrors.length ? (
            <p id={`${id}-version-error`} className={formStyles.error}>
              {answerErrors.join(' ')}
            </p>
          ) : null}
        </div>
      ) : null}
      {!questionId && answerErrors.length ? <p className={formStyles.error}>Choose a question, then its answer version.</p> : null}
      <div>
        <SubmitButton pendingLabel="Linking…">Link this answer</SubmitButton>
      </div>
    </form>
  );
}
