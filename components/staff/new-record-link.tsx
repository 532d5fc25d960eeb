import Link from 'next/link';
import type { ReactNode } from 'react';
import { EditorOnly } from './editor-only';

/** "New meeting", "New coverage" on a list page, for editors only. */
export function NewRecordLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <EditorOnly>
      <p>
        <Link href={href} className="button">
          {children}
        </Link>
      </p>
    </EditorOnly>
  );
}
