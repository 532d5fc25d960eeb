'use client';
import { useActionState, useState } from 'react';
import { BaseChangeInput, FormStatus, SubmitButton, formStyles } from '@/components/forms/fields';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import { IDLE_STATE } from '@/lib/forms/action-state';
import { mergeTopic } from '@/server/actions/topics';
import styles from './topic-staff.module.css';

/** Merges this topic into another chosen with a type-ahead picker; the survivor keeps every tag. */
export function TopicMergeForm({ topic }: { topic: { id: number; name: string; baseChangeId: number } }) {
  const [state, action] = useActionState(mergeTopic, IDLE_STATE);
  const [into, setInto] = useState<PickerOption[]>([]);
  return (
    <form action={action} className={formStyles.form} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={topic.id} />
      <BaseChangeInput state={state} baseChangeId={topic.baseChangeId} />
      <div className={styles.pickerField}>
        <Picker
          label="Merge into"
          kind="topic"
          name="into"
          single
          selected={into}
          onChange={setInto}
          hint={`The topic that stays. Type part of its name and choose it from the list; “${topic.name}” will be removed.`}
          errors={state.fieldErrors?.into}
        />
      </div>
      <div className={formStyles.actions}>
        <SubmitButton pendingLabel="Merging…">Merge topics</SubmitButton>
      </div>
    </form>
  );
}
