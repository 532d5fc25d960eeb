import Link from 'next/link';
import type { ReactNode } from 'react';
import { EditorOnly } from './editor-only';
import styles from './new-record-link.module.css';

/** "New meeting", "New coverage" on a list page, for editors only; `also`: further ways in, beside it (an import). */
export function NewRecordLink({ href, children, also = [] }: { href: string; children: ReactNode; also?: { href: string; label: string }[] }) {
  return (
    <EditorOnly>
      <p className={styles.actions}>
        <Link href={href} className="button">
          {children}
        </Link>
        {also.map((link) => (
          <Link key={link.href} href={link.href} className="button secondary">
            {link.label}
          </Link>
        ))}
      </p>
    </EditorOnly>
  );
}
