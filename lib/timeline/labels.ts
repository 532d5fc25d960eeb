import type { TimelineEventKind } from './types';

/** The words that say what kind of event each item is (shown as text, never by colour alone). */
export const TIMELINE_KIND_LABELS: Record<TimelineEventKind, string> = {
  tabled: 'Tabled',
  due: 'Due',
  meeting: 'Meeting',
  'holding-answer': 'Holding answer',
  answered: 'Answered',
  corrected: 'Corrected',
  withdrawn: 'Withdrawn',
  coverage: 'Coverage',
  'follow-up': 'Follow-up',
};
