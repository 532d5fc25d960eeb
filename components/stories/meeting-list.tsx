import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { MeetingDate } from '@/components/lists/meeting-date';
import { MEETING_KIND_LABELS } from '@/lib/labels';
import type { MeetingRow } from '@/server/meetings';

/** A compact list of meetings (newest first as given) for member and department pages. */
export function MeetingList({ rows, empty }: { rows: MeetingRow[]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="list-plain">
      {rows.map((m) => (
        <li key={m.id}>
          <Link href={m.href}>{m.title}</Link> {m.isDemo ? <DemoBadge /> : null}
          <br />
          <span className="muted">
            <MeetingDate meeting={{ date: m.date, precision: m.datePrecision, endDate: m.endDate }} unreported={m.dateUnreported} /> · {MEETING_KIND_LABELS[m.kind]}
            {m.place ? ` · ${m.place}` : ''}
            {m.citedBy > 0 ? ` · cited in ${m.citedBy} ${m.citedBy === 1 ? 'answer' : 'answers'}` : ''}
          </span>
          {m.participants ? <span className="list-note">With: {m.participants}</span> : null}
        </li>
      ))}
    </ul>
  );
}
