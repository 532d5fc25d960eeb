'use client';
import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/forms/fields';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import { IDLE_STATE, type ActionState } from '@/lib/forms/action-state';
import { TAGGABLE_LABELS, type TaggableKind } from '@/lib/validation/topic-tags';
import { tagWithTopics, untagTopics } from '@/server/actions/topic-tags';
import styles from './topic-staff.module.css';

function Outcome({ state }: { state: ActionState }) {
  if (state.status === 'idle' || !state.message) return null;
  const errors = Object.values(state.fieldErrors ?? {}).flat();
  return state.status === 'ok' ? (
    <p className={styles.status} role="status">
      {state.message}
    </p>
  ) : (
    <p className={styles.statusError} role="alert">
      {state.message} {errors.filter((e) => !state.fieldErrors?.records?.includes(e)).join(' ')}
    </p>
  );
}

/** Tags records of one kind with this topic: pick one or more with the type-ahead, then "Tag". */
export function TopicTagForm({ topicSlug, kind }: { topicSlug: string; kind: TaggableKind }) {
  const [selected, setSelected] = useState<PickerOption[]>([]);
  const [state, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await tagWithTopics(previous, formData);
    if (next.status === 'ok') setSelected([]);
    return next;
  }, IDLE_STATE);
  const noun = TAGGABLE_LABELS[kind];
  return (
    <form action={action} className={styles.tagForm} noValidate>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="topics" value={topicSlug} />
      <div className={styles.pickerField}>
        <Picker label={`Tag ${noun.many}`} kind={kind} name="records" selected={selected} onChange={setSelected} hint={kind === 'question' ? 'UIN or words of the heading' : kind === 'meeting' ? 'Words of the title or place' : 'Headline, outlet or web address'} errors={state.fieldErrors?.records} />
      </div>
      <div>
        <SubmitButton className="secondary">{`Tag ${noun.many}`}</SubmitButton>
      </div>
      <Outcome state={state} />
    </form>
  );
}

/** Removes this topic from one record. */
export function UntagButton({ topicSlug, kind, recordId, label }: { topicSlug: string; kind: TaggableKind; recordId: number; label: string }) {
  const [state, action] = useActionState(untagTopics, IDLE_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="topics" value={topicSlug} />
      <input type="hidden" name="records" value={recordId} />
      <SubmitButton className={`secondary ${styles.untag}`} pendingLabel="Untagging…">
        Untag<span className="visually-hidden"> {label}</span>
      </SubmitButton>
      {state.status === 'error' ? <Outcome state={state} /> : null}
    </form>
  );
}
