import { Timeline } from '@/components/timeline/timeline';
import { SOURCE_LABELS } from '@/lib/labels';
import type { QuestionDetail } from '@/lib/question-detail';
import { buildQuestionTimeline } from '@/lib/timeline/question-timeline';
import { AnswerVersions } from './answer-versions';
import { CitedMeetings } from './cited-meetings';
import { QuestionCoverage } from './question-coverage';
import { QuestionSummary, QuestionText } from './question-summary';
import { QuestionToolbar } from './question-toolbar';
import { QuestionTopics } from './question-topics';
import { RelatedQuestions } from './related-questions';
import styles from './question-page.module.css';

/** The whole page of one question: what was asked, every answer, the story in time, and what it links to. */
export function QuestionPage({ question: q, today, editable = false, follow }: { question: QuestionDetail; today: Date; editable?: boolean; follow?: React.ReactNode }) {
  const sections = [
    { id: 'question-text', label: 'Question' },
    { id: 'answers', label: q.answers.length > 1 ? `Answers (${q.answers.length})` : 'Answer' },
    { id: 'timeline', label: 'Timeline' },
    ...(q.meetings.length ? [{ id: 'meetings', label: `Meetings cited (${q.meetings.length})` }] : []),
    { id: 'coverage', label: `Coverage (${q.coverage.length})` },
    { id: 'follow-ups', label: `Follow-ups (${q.followsUp.length + q.followedUpBy.length})` },
    ...(q.grouped.length || editable ? [{ id: 'grouped', label: `Grouped (${q.grouped.length})` }] : []),
    { id: 'topics', label: 'Topics' },
    { id: 'source', label: 'Source' },
  ];
  return (
    <div className={styles.page}>
      <QuestionSummary question={q} today={today} />
      {editable ? <QuestionToolbar question={q} /> : null}
      {follow}
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <QuestionText question={q} />
      <AnswerVersions question={q} />
      <section aria-labelledby="timeline" className={styles.section}>
        <h2 id="timeline">Timeline</h2>
        <Timeline events={buildQuestionTimeline(q, today)} label={`Timeline of question ${q.uin}`} idPrefix="timeline" />
      </section>
      <CitedMeetings question={q} />
      <QuestionCoverage question={q} />
      <RelatedQuestions question={q} editable={editable} />
      <section aria-labelledby="topics" className={styles.section}>
        <h2 id="topics">Topics</h2>
        <QuestionTopics question={q} editable={editable} />
      </section>
      <section aria-labelledby="source" className={styles.section}>
        <h2 id="source">Source</h2>
        <p>{SOURCE_LABELS[q.source]}.</p>
        {q.sourceNote ? <p>{q.sourceNote}</p> : null}
        {q.unreportedFields.length ? (
          <p>
            Values marked <span className="badge badge--unreported">not reported</span> were not given by the source: they are labelled
            placeholders or paraphrases, not facts.
          </p>
        ) : null}
        {q.parliamentUrl ? (
          <p>
            <a href={q.parliamentUrl} rel="noopener noreferrer">
              This question on Parliament&rsquo;s written questions site<span className="visually-hidden"> (external site)</span>
            </a>
          </p>
        ) : null}
      </section>
    </div>
  );
}
