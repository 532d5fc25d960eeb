'use client';
/**
 * The coverage form's address field. As the editor types (debounced) or leaves the field, it asks whether
 * the article is already logged (GET /api/coverage/lookup, the same normal form the server stores) and,
 * if so, offers the existing record instead of a copy: open it, or add the question in hand to it.
 */
import Link from 'next/link';
import { useEffect, useId, useState } from 'react';
import { formStyles } from '@/components/forms/fields';
import { valueOf, type ActionState } from '@/lib/forms/action-state';
import styles from './coverage-form.module.css';

interface LoggedArticle {
  id: number;
  headline: string;
  outlet: string;
  href: string;
}

interface CoverageUrlFieldProps {
  state: ActionState;
  defaultValue?: string;
  /** The article being edited (not a duplicate of itself). */
  exceptId?: number;
  /** The question the form was opened for: the offer can add it to the article already logged. */
  question?: { id: number; label: string };
  /** The form action that links a question to an article and opens the article. */
  linkAction: (formData: FormData) => void;
}

export function CoverageUrlField({ state, defaultValue = '', exceptId, question, linkAction }: CoverageUrlFieldProps) {
  const id = useId();
  const initial = valueOf(state, 'url', defaultValue);
  const [text, setText] = useState(initial);
  const [checked, setChecked] = useState(initial);
  // The answer is kept with the address it was for, so a stale answer is never shown for new text.
  const [answer, setAnswer] = useState<{ url: string; article: LoggedArticle | null } | null>(null);
  const lookable = /^https?:\/\/\S+\.\S+/i.test(checked.trim());
  const found = lookable && answer?.url === checked ? answer.article : null;
  const errors = state.fieldErrors?.url ?? [];

  useEffect(() => {
    const timer = setTimeout(() => setChecked(text), 400);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (!lookable) return;
    const controller = new AbortController();
    const query = new URLSearchParams({ url: checked.trim(), ...(exceptId ? { except: String(exceptId) } : {}) });
    fetch(`/api/coverage/lookup?${query}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ article: LoggedArticle | null }>) : { article: null }))
      .then(({ article }) => setAnswer({ url: checked, article }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [checked, lookable, exceptId]);

  const describedBy = [`${id}-hint`, errors.length ? `${id}-error` : null, found ? `${id}-found` : null].filter(Boolean).join(' ');
  return (
    <div className={formStyles.field}>
      <label className={formStyles.label} htmlFor={id}>
        Web address
      </label>
      <span id={`${id}-hint`} className={formStyles.hint}>
        The article’s full address, starting with https://
      </span>
      <input
        id={id}
        name="url"
        type="url"
        inputMode="url"
        className={formStyles.input}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => setChecked(text)}
        required
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
      />
      {errors.length ? (
        <p id={`${id}-error`} className={formStyles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
      <div aria-live="polite">
        {found ? (
          <div id={`${id}-found`} className={styles.found}>
            <p>
              <strong>Already logged:</strong> “{found.headline}” ({found.outlet})
            </p>
            <p className={styles.foundActions}>
              <Link href={found.href}>Open it</Link>
              {question ? (
                <>
                  <input type="hidden" name="coverageId" value={found.id} />
                  <input type="hidden" name="questionId" value={question.id} />
                  <input type="hidden" name="then" value="coverage" />
                  <button type="submit" className="secondary" formAction={linkAction}>
                    Add this question to it<span className="visually-hidden"> ({question.label})</span>
                  </button>
                </>
              ) : null}
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
