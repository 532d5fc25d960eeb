import { describe, expect, it } from 'vitest';
import { withReplacedVersion } from './answer-versions';
import { describeDiff, diffAnswerText } from './answer-diff';

const render = (before: string, after: string) =>
  diffAnswerText(before, after)!
    .segments.map((s) => (s.type === 'added' ? `{+${s.text}+}` : s.type === 'removed' ? `[-${s.text}-]` : s.text))
    .join('');

describe('diffAnswerText', () => {
  it('shows a corrected figure as one whole number removed and one added', () => {
    expect(render('The Department spent £4.2 million in 2023-24.', 'The Department spent £4.7 million in 2023-24.')).toBe(
      'The Department spent £[-4.2-]{+4.7+} million in 2023-24.',
    );
  });

  it('counts words added and removed, and keeps every word of both texts in order', () => {
    const before = 'We meet European partners regularly.\n\nNo decision has been taken.';
    const after = 'We meet European partners every month.\n\nA decision will be taken in June.';
    const diff = diffAnswerText(before, after)!;
    const keep = (type: string) => diff.segments.filter((s) => s.type === 'same' || s.type === type).map((s) => s.text).join('');
    // jsdiff keeps the new text's spacing around unchanged words, so compare without whitespace
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(squash(keep('removed'))).toBe(squash(before));
    expect(squash(keep('added'))).toBe(squash(after));
    expect(keep('added')).toBe(after);
    expect(diff.wordsRemoved).toBe(4); // regularly, No, has, been
    expect(diff.wordsAdded).toBe(7); // every, month, A, will, be, in, June
    expect(describeDiff(diff)).toBe('7 words added, 4 removed');
  });

  it('treats changes of spacing or line endings as no change', () => {
    const diff = diffAnswerText('One  two\r\nthree', 'One two\nthree')!;
    expect(diff.identical).toBe(true);
    expect(describeDiff(diff)).toBe('no change to the wording');
  });

  it('words its summary for single words and removals only', () => {
    expect(describeDiff(diffAnswerText('a b c', 'a b c d')!)).toBe('1 word added');
    expect(describeDiff(diffAnswerText('a b c d', 'a c')!)).toBe('2 words removed');
    expect(describeDiff(diffAnswerText('Yes.', 'Yes!')!)).toBe('punctuation changed');
  });
});

describe('withReplacedVersion', () => {
  it('pairs each later substantive version with the one it replaces, skipping holding answers', () => {
    const versions = [
      { kind: 'HOLDING' as const, n: 1 },
      { kind: 'SUBSTANTIVE' as const, n: 2 },
      { kind: 'CORRECTION' as const, n: 3 },
      { kind: 'CORRECTION' as const, n: 4 },
    ];
    expect(withReplacedVersion(versions).map(({ version, replaces }) => [version.n, replaces?.n])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, 2],
      [4, 3],
    ]);
  });
});
