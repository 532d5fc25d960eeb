/**
 * Highlighted text as plain segments: the database marks matches with private-use characters
 * (SNIPPET_MARKS), which become <mark> elements in React. Nothing here is HTML, so text from the
 * database can never inject markup.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Splits marked text into segments; stray or nested markers are tolerated, never shown. */
export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let inMark = false;
  let buffer = '';
  const flush = () => {
    if (!buffer) return;
    const last = segments.at(-1);
    if (last && last.mark === inMark) last.text += buffer;
    else segments.push({ text: buffer, mark: inMark });
    buffer = '';
  };
  for (const char of marked) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      inMark = char === MARK_START;
    } else {
      buffer += char;
    }
  }
  flush();
  return segments;
}

/** True when some segment is a match. */
export const hasMark = (segments: Segment[] | null | undefined): boolean => Boolean(segments?.some((s) => s.mark));
