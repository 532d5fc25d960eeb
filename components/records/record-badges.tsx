import { STATUS_LABELS, type QuestionStatus } from '@/lib/question-status';

/** On every record whose source is DEMO: generated, not real. */
export function DemoBadge() {
  return <span className="badge badge--demo">Demo data</span>;
}

const UNREPORTED_TEXT = {
  /** The stored value stands in for one the source did not report. */
  placeholder: 'Placeholder: not reported',
  /** The stored words are our paraphrase; the source did not report the wording. */
  paraphrase: 'Paraphrase: wording not reported',
  /** There is no value at all. */
  missing: 'Not reported',
} as const;

/** Says plainly that a value was not reported, so a placeholder is never read as fact. */
export function UnreportedBadge({ kind = 'placeholder', children }: { kind?: keyof typeof UNREPORTED_TEXT; children?: React.ReactNode }) {
  return <span className="badge badge--unreported">{children ?? UNREPORTED_TEXT[kind]}</span>;
}

export function StatusBadge({ status }: { status: QuestionStatus }) {
  return <span className={`badge status--${status}`}>{STATUS_LABELS[status]}</span>;
}
