import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import { STATUS_LABELS } from '@/lib/labels';
import type { DashboardCounts } from '@/server/dashboard';
import { formatNumber } from '@/components/data-table/summary';

/** The four numbers a newsroom checks first, each with where to see the questions behind it. */
export function StatusCounts({ counts }: { counts: DashboardCounts }) {
  const tiles = [
    {
      key: 'overdue',
      value: counts.overdue,
      label: STATUS_LABELS.overdue,
      detail: 'Awaiting an answer after the date it was due.',
      link: { href: '/questions?sort=status&dir=asc', text: 'Questions by status, overdue first' },
    },
    {
      key: 'awaiting',
      value: counts.awaiting,
      label: STATUS_LABELS.awaiting,
      detail: 'Not yet answered and not yet due.',
      link: null,
    },
    {
      key: 'holding',
      value: counts.holding,
      label: STATUS_LABELS.holding,
      detail: 'The department has said a full answer will follow.',
      link: null,
    },
    {
      key: 'answered',
      value: counts.answeredThisWeek,
      label: 'Answered this week',
      detail: `Since Monday ${formatDate(counts.weekStart)}.`,
      link: { href: '/questions?sort=dateAnswered&dir=desc', text: 'Latest answers first' },
    },
  ];
  return (
    <ul className="stat-grid">
      {tiles.map((tile) => (
        <li key={tile.key} className={`card stat-card stat-card--${tile.key}`}>
          <span className="stat">{formatNumber(tile.value)}</span>
          <span className="stat-card__label">{tile.label}</span>
          <span className="stat-card__detail">{tile.detail}</span>
          {tile.link ? (
            <Link className="stat-card__link" href={tile.link.href}>
              {tile.link.text}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
