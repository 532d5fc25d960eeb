/**
 * What changed between two versions of an answer, word by word, on the plain text (markup changes
 * alone are not what readers compare). jsdiff does the diffing; this module shapes its output for
 * display and counts the words, so a reader gets "12 words added, 3 removed" before the detail.
 */
import { diffWords } from 'diff';

export interface DiffSegment {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export interface AnswerDiff {
  segments: DiffSegment[];
  wordsAdded: number;
  wordsRemoved: number;
  /** True when the plain texts are the same word for word (a change of formatting only). */
  identical: boolean;
}

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

// Unicode word boundaries keep "4.2", "£1,200" and "don't" whole, so a changed figure reads as one change.
const segmenter = new Intl.Segmenter('en-GB', { granularity: 'word' });

/** Long answers (tables of figures) can make an edit-distance search slow: give up rather than stall a page. */
const DIFF_TIMEOUT_MS = 500;

/**
 * The word-level difference from `before` to `after`. Null when the texts differ too much to compare
 * within the time allowed; the page then shows both versions in full instead.
 */
export function diffAnswerText(before: string, after: string): AnswerDiff | null {
  const changes = diffWords(normalise(before), normalise(after), { intlSegmenter: segmenter, timeout: DIFF_TIMEOUT_MS });
  if (!changes) return null;
  const segments: DiffSegment[] = changes
    .filter((change) => change.value !== '')
    .map((change) => ({ type: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
  const wordsAdded = segments.filter((s) => s.type === 'added').reduce((n, s) => n + countWords(s.text), 0);
  const wordsRemoved = segments.filter((s) => s.type === 'removed').reduce((n, s) => n + countWords(s.text), 0);
  return { segments, wordsAdded, wordsRemoved, identical: segments.every((s) => s.type === 'same') };
}

/** "3 words added, 1 removed", "1 word removed", "no change to the wording". */
export function describeDiff(diff: Pick<AnswerDiff, 'wordsAdded' | 'wordsRemoved' | 'identical'>): string {
  const words = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;
  if (diff.identical) return 'no change to the wording';
  const parts: string[] = [];
  if (diff.wordsAdded) parts.push(`${words(diff.wordsAdded)} added`);
  if (diff.wordsRemoved) parts.push(parts.length ? `${diff.wordsRemoved} removed` : `${words(diff.wordsRemoved)} removed`);
  return parts.length ? parts.join(', ') : 'punctuation changed';
}

// Line endings and runs of spaces differ between sources without any change of meaning.
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
