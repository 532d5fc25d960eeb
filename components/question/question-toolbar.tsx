import Link from 'next/link';
import { DeleteRecordControl } from '@/components/history/delete-record-control';
import { RecordToolbar } from '@/components/staff/record-toolbar';
import { formatDate, londonToday } from '@/lib/dates';
import type { QuestionDetail } from '@/lib/question-detail';
import { reinstateQuestion, withdrawQuestion } from '@/server/actions/questions';
import { ActionButton, WithdrawForm } from './link-controls';

/** The editor's controls at the top of a question's page: log an answer, edit, withdraw or reinstate, history. */
export function QuestionToolbar({ question: q }: { question: QuestionDetail }) {
  return (
    <RecordToolbar entityType="Question" entityId={q.id} editHref={`${q.path}/edit`}>
      <Link href={`${q.path}/answers/new`} className="button">
        Log an answer
      </Link>
      {q.dateWithdrawn ? (
        <ActionButton action={reinstateQuestion} fields={{ id: q.id }}>
          Reinstate
        </ActionButton>
      ) : (
        <WithdrawForm action={withdrawQuestion} questionId={q.id} today={formatDate(londonToday())} />
      )}
      <DeleteRecordControl entityType="Question" id={q.id} />
    </RecordToolbar>
  );
}
