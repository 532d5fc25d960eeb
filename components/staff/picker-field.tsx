'use client';
/**
 * The type-ahead Picker (components/question-search/picker.tsx) as a staff form field: it holds the chosen
 * records itself, starts from the stored ones, and shows the field's errors from the refused submission.
 * The chosen values survive a refused save because this state is not reset with the form.
 */
import { useState } from 'react';
import { Picker, type PickerOption } from '@/components/question-search/picker';
import type { ActionState } from '@/lib/forms/action-state';
import type { SuggestKind } from '@/lib/validation/suggest';
import styles from './picker-field.module.css';

interface PickerFieldProps {
  state: ActionState;
  name: string;
  label: string;
  kind: SuggestKind;
  initial?: PickerOption[];
  single?: boolean;
  hint?: string;
}

export function PickerField({ state, name, label, kind, initial = [], single, hint }: PickerFieldProps) {
  const [selected, setSelected] = useState<PickerOption[]>(initial);
  return (
    <div className={styles.field}>
      <Picker label={label} kind={kind} name={name} selected={selected} onChange={setSelected} single={single} hint={hint} errors={state.fieldErrors?.[name] ?? []} />
    </div>
  );
}
