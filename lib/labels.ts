/** Words for the domain's enums, shared by every page that shows them. */
import type { AnswerKind, House, MeetingKind, RecordSource } from '@/generated/prisma/enums';
import type { QuestionStatus } from './question-status';

export const HOUSE_LABELS: Record<House, string> = { COMMONS: 'House of Commons', LORDS: 'House of Lords' };
/** The House in a word, for table cells, filter chips and pickers. */
export const HOUSE_SHORT_LABELS: Record<House, string> = { COMMONS: 'Commons', LORDS: 'Lords' };

/** Every meeting kind, in the order filters offer them. */
export const MEETING_KINDS = ['BILATERAL', 'MULTILATERAL', 'OTHER'] as const satisfies readonly MeetingKind[];

/** A meeting's kind in a word, for table cells, filters and chips. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { BILATERAL: 'Bilateral', MULTILATERAL: 'Multilateral', OTHER: 'Other' };

/** A meeting's kind as a noun, for sentences and fact lists: "Bilateral meeting", "Meeting". */
export function meetingKindName(kind: MeetingKind): string {
  return kind === 'OTHER' ? 'Meeting' : `${MEETING_KIND_LABELS[kind]} meeting`;
}

export const ANSWER_KIND_LABELS: Record<AnswerKind, string> = {
  HOLDING: 'Holding answer',
  SUBSTANTIVE: 'Answer',
  CORRECTION: 'Corrected answer',
};

/** A question's status, as its badge shows it. */
export const STATUS_LABELS: Record<QuestionStatus, string> = {
  awaiting: 'Awaiting answer',
  overdue: 'Overdue',
  holding: 'Holding answer',
  answered: 'Answered',
  corrected: 'Corrected',
  withdrawn: 'Withdrawn',
};

/**
 * A status as a filter choice (the filter panel, the chips of a view): "answered" also finds
 * questions whose answer was later corrected (statusesMatching), and says so.
 */
export const STATUS_FILTER_LABELS: Record<QuestionStatus, string> = {
  ...STATUS_LABELS,
  answered: 'Answered (including corrected)',
  corrected: 'Corrected answer',
};

export const SOURCE_LABELS: Record<RecordSource, string> = {
  ARTICLE: 'Reported in a news article',
  PARLIAMENT: "Imported from Parliament's Written Questions service",
  STAFF: 'Entered by staff',
  DEMO: 'Generated demo data: not real',
  GOVUK: "Imported from a GOV.UK ministers' meetings release",
};

const sizeFormats = {
  byte: new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'byte', unitDisplay: 'long' }),
  kilobyte: new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }),
  megabyte: new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
};

/** "820 bytes", "240 kB", "1.2 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return sizeFormats.byte.format(bytes);
  if (bytes < 1_000_000) return sizeFormats.kilobyte.format(bytes / 1000);
  return sizeFormats.megabyte.format(bytes / 1_000_000);
}
