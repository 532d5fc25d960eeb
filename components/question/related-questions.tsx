import Link from 'next/link';
import { dateParts, formatDate } from '@/lib/dates';
import { ANSWER_KIND_LABELS } from '@/lib/labels';
import type { FollowUpLink, QuestionDetail, QuestionRef } from '@/lib/question-detail';
import { DemoBadge, StatusBadge } from '@/components/badges/badges';
import { confirmDetectedFollowUp, groupQuestion, linkFollowUp, rejectDetectedFollowUp, unlinkFollowUp, ungroupQuestion } from '@/server/actions/question-links';
import { ActionButton, LinkPickerForm } from './link-controls';
import formStyles from './question-form.module.css';
import styles from './question-page.module.css';

const ORIGIN_TEXT: Record<FollowUpLink['origin'], string> = {
  TEXT: 'found in the question’s wording',
  STAFF: 'linked by staff',
  SOURCE: 'given by the source',
};

function QuestionLine({ question: r }: { question: QuestionRef }) {
  const tabled = dateParts(r.dateTabled);
  return (
    <>
      <Link href={r.path}>{r.heading}</Link>{' '}
      <span className={styles.subfacts}>
        UIN {r.uin}, tabled <time dateTime={tabled.iso}>{tabled.label}</time> by {r.askingMember.name} <StatusBadge status={r.status} />
        {r.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </span>
    </>
  );
}

/** Confirm or reject a follow-up found in the wording; remove any other. */
function FollowUpControls({ link, direction, questionId }: { link: FollowUpLink; direction: 'earlier' | 'later'; questionId: number }) {
  const pair =
    direction === 'earlier'
      ? { id: questionId, followUpId: questionId, earlierId: link.question.id }
      : { id: questionId, followUpId: link.question.id, earlierId: questionId };
  const other = `${link.question.house === 'LORDS' ? 'Lords' : 'Commons'} ${link.question.uin}`;
  return (
    <span className={formStyles.controls}>
      {link.origin === 'TEXT' ? (
        <>
          <ActionButton action={confirmDetectedFollowUp} fields={pair} label={`Confirm the follow-up link with ${other}`}>
            Confirm
          </ActionButton>
          <ActionButton action={rejectDetectedFollowUp} fields={pair} label={`Reject the follow-up link with ${other}`}>
            Reject
          </ActionButton>
        </>
      ) : (
        <ActionButton action={unlinkFollowUp} fields={pair} label={`Remove the follow-up link with ${other}`}>
          Remove link
        </ActionButton>
      )}
    </span>
  );
}

function FollowUpList({ links, direction, editFor }: { links: FollowUpLink[]; direction: 'earlier' | 'later'; editFor: number | null }) {
  return (
    <ul className={styles.related}>
      {links.map((link) => (
        <li key={link.question.id}>
          <QuestionLine question={link.question} />
          <span className={styles.subfacts}>
            {link.answer
              ? direction === 'earlier'
                ? `Follows up the ${ANSWER_KIND_LABELS[link.answer.kind].toLowerCase()} of ${formatDate(link.answer.answeredOn)}${link.answer.answeringMemberName ? ` by ${link.answer.answeringMemberName}` : ''}`
                : `Follows up this question’s ${ANSWER_KIND_LABELS[link.answer.kind].toLowerCase()} of ${formatDate(link.answer.answeredOn)}`
              : direction === 'earlier'
                ? 'Follows up that question'
                : 'Follows up this question'}{' '}
            ({ORIGIN_TEXT[link.origin]}).
          </span>
          {editFor !== null ? <FollowUpControls link={link} direction={direction} questionId={editFor} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Follow-ups in both directions, and the questions answered together with this one. */
export function RelatedQuestions({ question: q, editable = false }: { question: QuestionDetail; editable?: boolean }) {
  const editFor = editable ? q.id : null;
  const none = q.followsUp.length === 0 && q.followedUpBy.length === 0;
  return (
    <>
      <section aria-labelledby="follow-ups" className={styles.section}>
        <h2 id="follow-ups">Follow-ups</h2>
        {none ? <p className="muted">No follow-up questions have been recorded in either direction.</p> : null}
        {q.followsUp.length > 0 ? (
          <>
            <h3>This question follows up</h3>
            <FollowUpList links={q.followsUp} direction="earlier" editFor={editFor} />
          </>
        ) : null}
        {q.followedUpBy.length > 0 ? (
          <>
            <h3>Followed up by</h3>
            <FollowUpList links={q.followedUpBy} direction="later" editFor={editFor} />
          </>
        ) : null}
        {editable ? (
          <LinkPickerForm
            action={linkFollowUp}
            questionId={q.id}
            title="Add a follow-up link"
            kind="question"
            name="other"
            pickerLabel="Question"
            hint="Type a UIN or words of its heading."
            submitLabel="Link follow-up"
            directions
          />
        ) : null}
      </section>
      {q.grouped.length > 0 || editable ? (
        <section aria-labelledby="grouped" className={styles.section}>
          <h2 id="grouped">Answered together with</h2>
          {q.grouped.length ? <p className="muted">The department answered these questions in one answer.</p> : <p className="muted">Not grouped with any other question.</p>}
          <ul className={styles.related}>
            {q.grouped.map((r) => (
              <li key={r.id}>
                <QuestionLine question={r} />
                {editable ? (
                  <span className={formStyles.controls}>
                    <ActionButton action={ungroupQuestion} fields={{ id: q.id, other: r.id }} label={`Ungroup ${r.house === 'LORDS' ? 'Lords' : 'Commons'} ${r.uin}`}>
                      Ungroup
                    </ActionButton>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {editable ? (
            <LinkPickerForm action={groupQuestion} questionId={q.id} title="Group with a question" kind="question" name="other" pickerLabel="Question" hint="A question answered together with this one: type a UIN or words of its heading." submitLabel="Group" />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
