import { describe, expect, it } from 'vitest';
import { prepareAnswerText } from './answer-text';
import { parseFileSize } from './file-size';

describe('prepareAnswerText', () => {
  it('turns plain text from the no-script text box into escaped paragraphs and line breaks', () => {
    // Text with only "<" comparisons is plain text; text containing a real tag is HTML.
    expect(prepareAnswerText('First line\nsecond line\n\n1 < 2 & 3 > 2').html).toBe('<p>First line<br />second line</p><p>1 &lt; 2 &amp; 3 &gt; 2</p>');
  });

  it('treats text with a tag as HTML', () => {
    expect(prepareAnswerText('Intro <b>bold</b>').html).toBe('Intro <b>bold</b>');
  });

  it('sanitises HTML and gives its plain text for search', () => {
    expect(prepareAnswerText('<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">there</a></p>')).toEqual({
      html: '<p>Hi <a rel="noopener noreferrer">there</a></p>',
      plain: 'Hi there',
    });
  });
});

describe('parseFileSize', () => {
  it('reads sizes as staff copy them', () => {
    expect(parseFileSize('245 KB')).toBe(245_000);
    expect(parseFileSize('1.2 MB')).toBe(1_200_000);
    expect(parseFileSize('12,345 bytes')).toBe(12_345);
    expect(parseFileSize('820')).toBe(820);
    expect(parseFileSize('240\u00a0kB')).toBe(240_000);
  });

  it('refuses what is not a size', () => {
    expect(parseFileSize('big')).toBeNull();
    expect(parseFileSize('12 parsecs')).toBeNull();
    expect(parseFileSize('-5 KB')).toBeNull();
  });
});
