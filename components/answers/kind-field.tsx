'use client';
import { useId } from 'react';
import { formStyles } from '@/components/forms/fields';
import type { AnswerKindSlug } from '@/lib/validation/answer-form';
import styles from './answer-form.module.css';

const KINDS: { value: AnswerKindSlug; label: string; hint: string }[] = [
  { value: 'holding', label: 'Holding answer', hint: 'The department will reply fully later.' },
  { value: 'substantive', label: 'Answer', hint: 'The substantive answer (or a further answer).' },
  { value: 'correction', label: 'Correction', hint: 'Corrects an earlier answer, as a written statement or a corrected answer.' },
];

/** Which kind of version this is: radio buttons with a line on each, the field's errors tied to the group. */
export function KindField({ value, errors }: { value: string; errors: string[] }) {
  const id = useId();
  return (
    <fieldset className={formStyles.fieldset} aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className={formStyles.legend}>Kind of answer</legend>
      {KINDS.map((k) => (
        <div key={k.value} className={styles.radio}>
          <input
            id={`${id}-${k.value}`}
            type="radio"
            name="kind"
            value={k.value}
            defaultChecked={value === k.value}
            aria-describedby={[`${id}-${k.value}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(' ')}
          />
          <label htmlFor={`${id}-${k.value}`}>{k.label}</label>
          <span id={`${id}-${k.value}-hint`} className={formStyles.hint}>
            {k.hint}
          </span>
        </div>
      ))}
      {errors.length ? (
        <p id={`${id}-error`} className={formStyles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
