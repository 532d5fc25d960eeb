import Link from 'next/link';
import { diffAnswerText } from '@/lib/answer-diff';
import { dateParts, formatDate } from '@/lib/dates';
import { withReplacedVersion } from '@/lib/answer-versions';
import { formatMeetingDate } from '@/lib/meeting-dates';
import { ANSWER_KIND_LABELS, formatFileSize } from '@/lib/labels';
import type { AnswerVersionDetail, QuestionDetail } from '@/lib/question-detail';
import { answerOf, describeAnswerTiming, describeRelative, sentenceCase } from '@/lib/question-timing';
import { answerAnchor } from '@/lib/routes';
import { AnswerVersionToolbar } from '@/components/answers/answer-version-toolbar';
import { DemoBadge } from '@/components/badges/badges';
import { UnreportedBadge } from '@/components/badges/unreported-badge';
import { AnswerDiffView } from './answer-diff-view';
import styles from './question-page.module.css';

/** The timing fact under each version's heading. */
function timingFact(q: QuestionDetail, answer: AnswerVersionDetail, previous: AnswerVersionDetail | undefined): string {
  if (answer.kind === 'CORRECTION' && previous) return sentenceCase(`corrected ${describeRelative(answer.answeredOn, previous.answeredOn, answerOf(previous.answeredOn))}`);
  if (answer.kind === 'SUBSTANTIVE' && previous) return sentenceCase(`further answer ${describeRelative(answer.answeredOn, previous.answeredOn, answerOf(previous.answeredOn))}`);
  const verb = answer.kind === 'HOLDING' ? 'holding answer given' : 'answered';
  return sentenceCase(`${verb} ${describeAnswerTiming(q, answer.answeredOn)}`);
}

/**
 * Every version of the answer in the order given (holding → substantive → correction). A version that
 * replaces an earlier substantive one leads with a word-level diff against it, then its full text.
 */
export function AnswerVersions({ question: q }: { question: QuestionDetail }) {
  if (q.answers.length === 0) {
    return (
      <section aria-labelledby="answers" className={styles.section}>
        <h2 id="answers">Answer</h2>
        <p>{q.status === 'withdrawn' ? 'The question was withdrawn before it was answered.' : 'No answer has been published yet.'}</p>
      </section>
    );
  }
  const meetingTitles = new Map(q.meetings.map((m) => [m.id, m]));
  return (
    <section aria-labelledby="answers" className={styles.section}>
      <h2 id="answers">{q.answers.length === 1 ? 'Answer' : `Answers (${q.answers.length} versions)`}</h2>
      <ol className={styles.versions}>
        {withReplacedVersion(q.answers).map(({ version: answer, replaces: replaced }) => {
          const headingId = `${answerAnchor(answer.sequence)}-heading`;
          const date = dateParts(answer.answeredOn);
          const diff = replaced ? diffAnswerText(replaced.textPlain, answer.textPlain) : null;
          const cited = answer.citedMeetingIds.flatMap((id) => meetingTitles.get(id) ?? []);
          return (
            <li key={answer.id}>
              <article id={answerAnchor(answer.sequence)} aria-labelledby={headingId} className={styles.version} data-kind={answer.kind}>
                <h3 id={headingId}>
                  {ANSWER_KIND_LABELS[answer.kind]}
                  <span className={styles.versionDate}>
                    {', '}
                    <time dateTime={date.iso}>{date.label}</time>
                  </span>
                </h3>
                <p className={styles.badges}>
                  {answer.unreportedFields.includes('answeredOn') ? <UnreportedBadge>Date not reported: placeholder</UnreportedBadge> : null}
                  {answer.isDemo && !q.isDemo ? <DemoBadge /> : null}
                </p>
                <p className={styles.byline}>
                  {answer.answeringMember ? (
                    <>
                      By <Link href={answer.answeringMember.path}>{answer.answeringMember.name}</Link>
                      {answer.answeringMember.roleTitle ? `, ${answer.answeringMember.roleTitle}` : null}
                    </>
                  ) : (
                    <UnreportedBadge kind="missing">Answering minister not reported</UnreportedBadge>
                  )}
                </p>
                <p className={styles.fact}>{timingFact(q, answer, replaced)}.</p>
                <AnswerVersionToolbar questionPath={q.path} answer={answer} cited={cited} />

                {replaced && diff && !diff.identical ? (
                  <>
                    <AnswerDiffView diff={diff} comparedWith={`the answer of ${formatDate(replaced.answeredOn)}`} headingId={`${headingId}-changes`} />
                    <details className={styles.fullText}>
                      <summary>Full text of this version</summary>
                      <AnswerBody answer={answer} />
                    </details>
                  </>
                ) : (
                  <>
                    {replaced && diff?.identical ? <p className="muted">The wording is the same as the answer of {formatDate(replaced.answeredOn)}; only its formatting changed.</p> : null}
                    {replaced && !diff ? <p className="muted">This version differs too much from the answer of {formatDate(replaced.answeredOn)} to compare word by word; both are shown in full.</p> : null}
                    <AnswerBody answer={answer} />
                  </>
                )}

                {cited.length > 0 ? (
                  <p className={styles.cites}>
                    Cites:{' '}
                    {cited.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 ? '; ' : null}
                        <a href={`#meeting-${m.id}`}>{m.title}</a> ({formatMeetingDate({ date: m.date, precision: m.datePrecision, endDate: m.endDate })})
                      </span>
                    ))}
                  </p>
                ) : null}
                {answer.attachments.length > 0 ? (
                  <div>
                    <h4>Attachments</h4>
                    <ul className={styles.attachments}>
                      {answer.attachments.map((file) => (
                        <li key={file.url}>
                          <a href={file.url} rel="noopener noreferrer">
                            {file.title}
                          </a>{' '}
                          <span className="muted">
                            ({[file.fileType?.toUpperCase(), file.sizeBytes != null ? formatFileSize(file.sizeBytes) : null].filter(Boolean).join(', ') || 'type and size not given'})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function AnswerBody({ answer }: { answer: AnswerVersionDetail }) {
  return (
    <>
      {answer.unreportedFields.includes('textHtml') ? (
        <p className={styles.note}>
          <UnreportedBadge kind="paraphrase">Full text not reported</UnreportedBadge> What follows is what the source reported of the answer, not its wording.
        </p>
      ) : null}
      {/* textHtml was sanitised when it was stored (lib/sanitize-html.ts): safe to render as it is. */}
      <div className="answer-html" dangerouslySetInnerHTML={{ __html: answer.textHtml }} />
    </>
  );
}
