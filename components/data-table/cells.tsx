import Link from 'next/link';
import type { ReactNode } from 'react';
import { DemoBadge } from '@/components/badges/badges';

/** A blank cell that reads as "nothing here", not as a missing value (that is `UnreportedValue`). */
export const none = <span className="muted">–</span>;

/** A row's header cell: the link to the record, then the "Demo data" badge when the record is demo data. */
export function TitleLinkCell({ href, isDemo, children }: { href: string; isDemo: boolean; children: ReactNode }) {
  return (
    <>
      <Link href={href}>{children}</Link>
      {isDemo ? (
        <>
          {' '}
          <DemoBadge />
        </>
      ) : null}
    </>
  );
}
