import Link from 'next/link';
import { DemoBadge } from '@/components/badges/badges';
import { CalendarDate } from '@/components/lists/calendar-date';
import type { CoverageRow } from '@/server/coverage';

/** A compact list of articles for member and topic pages. */
export function CoverageList({ rows, empty }: { rows: CoverageRow[]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="list-plain">
      {rows.map((c) => (
        <li key={c.id}>
          <Link href={c.href}>{c.headline}</Link> {c.isDemo ? <DemoBadge /> : null}
          <br />
          <span className="muted">
            {c.outlet} · <CalendarDate date={c.publishedOn} unreported={c.publishedOnUnreported} />
          </span>
        </li>
      ))}
    </ul>
  );
}
