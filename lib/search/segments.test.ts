import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, toSegments } from './segments';

describe('toSegments', () => {
  it('splits marked text into plain and marked segments', () => {
    expect(toSegments(`talks on ${MARK_START}joint production${MARK_END} in ${MARK_START}Paris${MARK_END}`)).toEqual([
      { text: 'talks on ', mark: false },
      { text: 'joint production', mark: true },
      { text: ' in ', mark: false },
      { text: 'Paris', mark: true },
    ]);
  });

  it('keeps markup as text and tolerates stray markers', () => {
    expect(toSegments(`<img src=x onerror=alert(1)>${MARK_START}a${MARK_START}b${MARK_END}${MARK_END}c`)).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'ab', mark: true },
      { text: 'c', mark: false },
    ]);
    expect(toSegments('')).toEqual([]);
  });
});
