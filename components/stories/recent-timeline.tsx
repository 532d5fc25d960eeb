import Link from 'next/link';
import { Timeline } from '@/components/timeline/timeline';
import type { TimelinePage } from '@/server/timeline';

/** The latest events of a member's or department's timeline, newest first, with a link to all of it. */
export function RecentTimeline({ page, label, fullHref, name }: { page: TimelinePage; label: string; fullHref: string; name: string }) {
  return (
    <>
      {page.events.length > 0 ? <p className="muted">{page.events.length === 1 ? 'The latest event.' : `The latest ${page.events.length} events, newest first.`}</p> : null}
      <Timeline events={page.events} label={label} idPrefix="recent" emptyText={`Nothing on ${name}’s timeline yet.`} newestFirst />
      <p>
        <Link href={fullHref}>{page.nextCursor ? `The whole timeline of ${name}, with filters` : `Filter ${name}’s timeline by date and kind`}</Link>
      </p>
    </>
  );
}
