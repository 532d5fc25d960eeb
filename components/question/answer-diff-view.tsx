import type { AnswerDiff } from '@/lib/answer-diff';
import { describeDiff } from '@/lib/answer-diff';
import { sentenceCase } from '@/lib/question-timing';
import styles from './question-page.module.css';

/**
 * A word-level diff a reader can follow without colour: added words are underlined in <ins>, removed
 * ones struck through in <del>, and each change is announced as "added"/"removed" to screen readers.
 */
export function AnswerDiffView({ diff, comparedWith, headingId }: { diff: AnswerDiff; comparedWith: string; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className={styles.diff}>
      <h4 id={headingId}>Changes from {comparedWith}</h4>
      <p className={styles.diffSummary}>
        {sentenceCase(describeDiff(diff))}. <span className="muted">Added words are underlined; removed words are struck through.</span>
      </p>
      <p className={styles.diffText}>
        {diff.segments.map((segment, index) => {
          if (segment.type === 'added') {
            return (
              <ins key={index}>
                <span className="visually-hidden">[added: </span>
                {segment.text}
                <span className="visually-hidden">]</span>
              </ins>
            );
          }
          if (segment.type === 'removed') {
            return (
              <del key={index}>
                <span className="visually-hidden">[removed: </span>
                {segment.text}
                <span className="visually-hidden">]</span>
              </del>
            );
          }
          return <span key={index}>{segment.text}</span>;
        })}
      </p>
    </section>
  );
}
