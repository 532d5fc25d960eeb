/**
 * A history entry's before/after values as a reader compares them: one line per field that changed, with
 * readable labels and values (dates in UK form, lists one per line) and, for longer text, the words added
 * and removed (the same word diff the question page uses for answer versions).
 */
import { diffAnswerText, type DiffSegment } from './answer-diff';
import { formatDate, formatDateTime } from './dates';

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** Word-level changes for text that was edited (not for short values or values set from nothing). */
  words: DiffSegment[] | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const LABELS: Record<string, string> = {
  uin: 'UIN', textHtml: 'Text', textPlain: 'Text (plain)', url: 'Address', sourceUrl: 'Source address', isNamedDay: 'Named day',
};

/** "dateTabled" → "Date tabled"; "askingMemberId" → "Asking member". */
export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field.replace(/Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One value as text: null for "no value". */
export function formatValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (ISO_DAY.test(value)) return formatDate(new Date(value));
    if (ISO_MOMENT.test(value)) return formatDateTime(new Date(value));
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v) ?? '(none)').join('\n') : null;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldLabel(k)}: ${formatValue(v) ?? '(none)'}`)
      .join('\n');
  }
  return String(value);
}

const parse = (json: string | null): unknown => {
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};

const asFields = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : value === null ? {} : { value };

/** Words are compared for text of more than a few words that was there before and after. */
const WORD_DIFF_MIN = 40;

/** The fields that differ between the stored `before` and `after` JSON, in a stable order. */
export function diffFields(beforeJson: string | null, afterJson: string | null): FieldChange[] {
  const before = asFields(parse(beforeJson));
  const after = asFields(parse(afterJson));
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = formatValue(before[field]);
    const a = formatValue(after[field]);
    if (b === a) continue;
    const long = b !== null && a !== null && Math.max(b.length, a.length) >= WORD_DIFF_MIN;
    const words = long ? (diffAnswerText(b, a)?.segments ?? null) : null;
    changes.push({ field, label: fieldLabel(field), before: b, after: a, words });
  }
  return changes;
}
