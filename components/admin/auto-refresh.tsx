'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Refreshes the page's server data every `seconds` while mounted: a running sync's progress. */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
