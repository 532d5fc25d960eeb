'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';

/**
 * Shown when a page fails on the server or in the browser. Production hides the cause (Next replaces
 * server messages with a digest), so the text says what to do, and the digest lets support find the log.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  useEffect(() => {
    console.error(error);
    // Move focus to the message so keyboard and screen reader users learn the page failed.
    headingRef.current?.focus();
  }, [error]);

  return (
    <div className="error-page" role="alert">
      <h1 ref={headingRef} tabIndex={-1}>
        Sorry, this page could not be shown
      </h1>
      <p>Something went wrong while preparing it. It may be a temporary problem: trying again often works.</p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        <Link href="/">Go to the home page</Link>
      </p>
      {digest ? <p className="muted">Error reference: <code>{digest}</code></p> : null}
    </div>
  );
}
