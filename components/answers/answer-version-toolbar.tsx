import { DeleteRecordControl } from '@/components/history/delete-record-control';
import { RecordToolbar } from '@/components/staff/record-toolbar';
import { formatDate } from '@/lib/dates';
import { CiteMeetingForm, UnciteButton } from './meeting-citation-controls';
import styles from './citations.module.css';

interface AnswerVersionToolbarProps {
  questionPath: string;
  answer: { id: number; sequence: number };
  cited: { id: number; title: string; date: Date }[];
}

/** Editors' controls on one answer version: edit it, cite a meeting, unlink a cited one, its history. */
export function AnswerVersionToolbar({ questionPath, answer, cited }: AnswerVersionToolbarProps) {
  return (
    <RecordToolbar entityType="AnswerVersion" entityId={answer.id} editHref={`${questionPath}/answers/${answer.sequence}/edit`}>
      {cited.length ? (
        <ul className={styles.cited} aria-label="Meetings this version cites">
          {cited.map((m) => (
            <li key={m.id}>
              <span>
                Cites {m.title} ({formatDate(m.date)})
              </span>
              <UnciteButton answerId={answer.id} meetingId={m.id} label={`${m.title} from this answer`} />
            </li>
          ))}
        </ul>
      ) : null}
      <CiteMeetingForm answerId={answer.id} />
      <DeleteRecordControl entityType="AnswerVersion" id={answer.id} />
    </RecordToolbar>
  );
}
