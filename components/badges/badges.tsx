import { STATUS_LABELS } from '@/lib/labels';
import type { QuestionStatus } from '@/lib/question-status';

/** A question's status as text in a coloured pill: the text carries the meaning, not the colour. */
export function StatusBadge({ status }: { status: QuestionStatus }) {
  return <span className={`badge status--${status}`}>{STATUS_LABELS[status]}</span>;
}

/** Marks a record generated for the demo. */
export function DemoBadge() {
  return (
    <span className="badge badge--demo" title="Generated for demonstration; not a real record">
      Demo data
    </span>
  );
}

/**
 * Stands in for a value the source did not report. The stored placeholder is shown only as such,
 * so nobody quotes it as fact.
 */
export function UnreportedValue({ placeholder, what = 'Not reported' }: { placeholder?: React.ReactNode; what?: string }) {
  return (
    <span className="unreported">
      <span className="badge badge--unreported">{what}</span>
      {placeholder ? <span className="unreported__placeholder">placeholder: {placeholder}</span> : null}
    </span>
  );
}

/** Party abbreviation with its colour as a swatch beside it (decorative: the text names the party). */
export function PartyTag({ party }: { party: { name: string; abbreviation: string; colour: string | null } }) {
  return (
    <span className="party-tag">
      {party.colour ? <span className="party-tag__swatch" style={{ backgroundColor: party.colour }} aria-hidden="true" /> : null}
      <abbr title={party.name}>{party.abbreviation}</abbr>
    </span>
  );
}
