import Link from 'next/link';
import type { AnswerFormQuestion } from '@/lib/answers/answer-form-data';
import { ANSWER_KIND_LABELS } from '@/lib/labels';
import styles from './answer-form.module.css';

/** Above an answer form: which question, and what is already logged for it. */
export function AnswerPageIntro({ question: q, title }: { question: AnswerFormQuestion; title: string }) {
  return (
    <>
      <p className="breadcrumbs">
        <Link href={q.path}>
          {q.label}: {q.heading}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className={styles.versionsNote}>
        Question {q.label}, tabled {q.dateTabled}.{' '}
        {q.versions.length
          ? `Already logged: ${q.versions.map((v) => `${v.sequence}. ${ANSWER_KIND_LABELS[v.kind].toLowerCase()} of ${v.answeredOn}`).join('; ')}.`
          : 'No answer is logged yet.'}
      </p>
      {q.withdrawn ? (
        <p className={styles.versionsNote}>
          <strong>This question was withdrawn:</strong> a new answer cannot be logged unless it is reinstated.
        </p>
      ) : null}
    </>
  );
}
