import Link from 'next/link';
import type { QuestionDetail } from '@/lib/question-detail';
import { tagQuestionTopic, untagQuestionTopic } from '@/server/actions/question-links';
import { ActionButton, LinkPickerForm } from './link-controls';
import styles from './question-page.module.css';

/** The question's topics; editors can remove one in place or tag another. */
export function QuestionTopics({ question: q, editable }: { question: QuestionDetail; editable: boolean }) {
  return (
    <>
      {q.topics.length ? (
        <ul className={styles.tags}>
          {q.topics.map((t) => (
            <li key={t.slug}>
              <Link href={t.path}>{t.name}</Link>
              {editable ? (
                <>
                  {' '}
                  <ActionButton action={untagQuestionTopic} fields={{ id: q.id, topic: t.slug }} label={`Remove the topic ${t.name}`}>
                    Remove
                  </ActionButton>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No topics assigned.</p>
      )}
      {editable ? (
        <LinkPickerForm action={tagQuestionTopic} questionId={q.id} title="Tag a topic" kind="topic" name="topic" pickerLabel="Topic" hint="Type part of the topic’s name." submitLabel="Tag topic" />
      ) : null}
    </>
  );
}
