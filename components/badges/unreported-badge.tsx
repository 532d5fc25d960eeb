const UNREPORTED_TEXT = {
  /** The stored value stands in for one the source did not report. */
  placeholder: 'Placeholder: not reported',
  /** The stored words are our paraphrase; the source did not report the wording. */
  paraphrase: 'Paraphrase: wording not reported',
  /** There is no value at all. */
  missing: 'Not reported',
} as const;

/**
 * Says plainly, next to a value, that the source did not report it, so a placeholder is never read as
 * fact. (UnreportedValue in ./badges replaces a value outright; this one labels a value left in view.)
 */
export function UnreportedBadge({ kind = 'placeholder', children }: { kind?: keyof typeof UNREPORTED_TEXT; children?: React.ReactNode }) {
  return <span className="badge badge--unreported">{children ?? UNREPORTED_TEXT[kind]}</span>;
}
