import { ANSWER_KIND_LABELS } from '@/lib/labels';
import { formatDate } from '@/lib/dates';
import { canEdit } from '@/server/auth/session';
import type { CitingAnswer } from '@/server/meetings';
import { LinkAnswerForm, UnciteButton } from './meeting-citation-controls';
import styles from './citations.module.css';

/** The end of a meeting's page, for editors only: link an answer that cites the meeting, or unlink one. */
export async function MeetingAnswerLinks({ meetingId, citing }: { meetingId: number; citing: CitingAnswer[] }) {
  if (!(await canEdit())) return null;
  return (
    <section aria-labelledby="link-answers" className={styles.section}>
      <h2 id="link-answers">Link an answer to this meeting</h2>
      {citing.length ? (
        <ul className={styles.cited} aria-label="Answers citing this meeting">
          {citing.map((a) => {
            const label = `${a.question.uin}: ${ANSWER_KIND_LABELS[a.kind].toLowerCase()} of ${formatDate(a.answeredOn)}`;
            return (
              <li key={a.answerId}>
                <span>{label}</span>
                <UnciteButton answerId={a.answerId} meetingId={meetingId} label={`${label} from this meeting`} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <LinkAnswerForm meetingId={meetingId} />
    </section>
  );
}
