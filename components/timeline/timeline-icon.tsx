import type { TimelineEventKind } from '@/lib/timeline/types';

// One simple outline shape per kind, so kinds differ by shape as well as by colour and label.
const PATHS: Record<TimelineEventKind, string> = {
  tabled: 'M4 1.5h5.5L12.5 4.5V14.5H4Z M9.5 1.5V4.5H12.5 M6 8h4.5 M6 11h4.5',
  due: 'M8 2a6 6 0 1 0 0.01 0Z M8 4.5V8l2.5 1.5',
  meeting: 'M5.5 3.5a2 2 0 1 0 0.01 0Z M11 3.5a2 2 0 1 0 0.01 0Z M2 13.5c0-2 1.5-3.5 3.5-3.5S9 11.5 9 13.5 M8.5 11c0.6-0.6 1.5-1 2.5-1 2 0 3.5 1.5 3.5 3.5',
  'holding-answer': 'M4 1.5h8 M4 14.5h8 M5 1.5c0 3.5 6 3 6 6.5s-6 3-6 6.5 M11 1.5c0 3.5-6 3-6 6.5s6 3 6 6.5',
  answered: 'M2.5 8.5l3.5 3.5 7.5-8',
  corrected: 'M11 2l3 3-8.5 8.5H2.5v-3Z M9.5 3.5l3 3',
  withdrawn: 'M3.5 3.5l9 9 M12.5 3.5l-9 9',
  coverage: 'M1.5 3h11v10.5h-9.5a1.5 1.5 0 0 1-1.5-1.5Z M12.5 6h2v6a1.5 1.5 0 0 1-1.5 1.5 M4 5.5h6 M4 8h6 M4 10.5h4',
  'follow-up': 'M3 2.5v4a3.5 3.5 0 0 0 3.5 3.5H13 M10 7l3 3-3 3',
};

/** Decorative: the kind is always also given as text next to it. */
export function TimelineIcon({ kind }: { kind: TimelineEventKind }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
