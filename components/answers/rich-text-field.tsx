'use client';
/**
 * The answer text field: the rich-text editor once its script has loaded, and until then (or with scripts
 * off) a plain textarea of the same name, which the server accepts as HTML or as plain paragraphs.
 */
import dynamic from 'next/dynamic';
import { useCallback, useId, useState } from 'react';
import { formStyles } from '@/components/forms/fields';
import styles from './answer-form.module.css';

// Only the staff answer forms import this file, so Tiptap lands in their chunks and no public page's.
const RichTextEditor = dynamic(() => import('./rich-text-editor'), { ssr: false, loading: () => null });

interface RichTextFieldProps {
  name: string;
  label: string;
  hint: string;
  value: string;
  errors: string[];
}

export function RichTextField({ name, label, hint, value, errors }: RichTextFieldProps) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  const describedBy = [`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={formStyles.field}>
      <label id={`${id}-label`} htmlFor={ready ? undefined : `${id}-text`} className={formStyles.label}>
        {label}
      </label>
      <span id={`${id}-hint`} className={formStyles.hint}>
        {hint}
      </span>
      {ready ? null : (
        <textarea
          id={`${id}-text`}
          name={name}
          rows={12}
          className={`${formStyles.textarea} ${styles.fallback}`}
          defaultValue={value}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
      <RichTextEditor name={name} initialHtml={value} labelId={`${id}-label`} describedBy={describedBy} invalid={errors.length > 0} onReady={onReady} />
      {errors.length ? (
        <p id={`${id}-error`} className={formStyles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
