import { describe, expect, it } from 'vitest';
import { htmlToPlainText, sanitizeAnswerHtml } from './sanitize-html';

describe('sanitizeAnswerHtml', () => {
  it('keeps the structure Parliament answers use', () => {
    const html =
      '<p>The Department has <strong>published</strong> <em>figures</em> (CO<sub>2</sub>, 10<sup>3</sup>).</p>' +
      '<h4>By region</h4><ul><li>North</li><li>South</li></ul><ol start="3"><li>Third</li></ol>' +
      '<table><caption>Spend</caption><thead><tr><th scope="col">Year</th><th colspan="2">£m</th></tr></thead>' +
      '<tbody><tr><td>2024</td><td rowspan="1">12</td></tr></tbody></table>';
    expect(sanitizeAnswerHtml(html)).toBe(html);
  });

  it('removes scripts, event handlers, styles and javascript: URLs', () => {
    const html =
      '<p onclick="steal()" style="color:red">Answer<script>alert(1)</script></p>' +
      '<img src="x" onerror="alert(2)">' +
      '<a href="javascript:alert(3)">bad link</a>' +
      '<a href="JaVaScRiPt:alert(4)">mixed case</a>' +
      '<iframe src="https://evil.example"></iframe><style>p{}</style>';
    const clean = sanitizeAnswerHtml(html);
    expect(clean).toBe('<p>Answer</p><a rel="noopener noreferrer">bad link</a><a rel="noopener noreferrer">mixed case</a>');
    expect(clean).not.toMatch(/script|onerror|onclick|javascript|style|iframe|img/i);
  });

  it('gives every link rel="noopener noreferrer", replacing any rel it came with, and drops target', () => {
    const clean = sanitizeAnswerHtml('<a href="https://www.gov.uk/x" rel="opener" target="_blank">GOV.UK</a>');
    expect(clean).toBe('<a href="https://www.gov.uk/x" rel="noopener noreferrer">GOV.UK</a>');
  });

  it('keeps mailto links and drops data: and protocol-relative URLs', () => {
    expect(sanitizeAnswerHtml('<a href="mailto:pq@example.gov.uk">mail</a>')).toContain('href="mailto:pq@example.gov.uk"');
    expect(sanitizeAnswerHtml('<a href="data:text/html,<b>x</b>">d</a>')).not.toContain('href');
    expect(sanitizeAnswerHtml('<a href="//evil.example/x">p</a>')).not.toContain('href');
  });

  it('demotes h1/h2 to h3 so the page outline stays valid', () => {
    expect(sanitizeAnswerHtml('<h1>A</h1><h2>B</h2>')).toBe('<h3>A</h3><h3>B</h3>');
  });

  it('escapes text that looks like markup', () => {
    expect(sanitizeAnswerHtml('<p>1 < 2 & "quoted"</p>')).toBe('<p>1 &lt; 2 &amp; "quoted"</p>');
  });
});

describe('htmlToPlainText', () => {
  it('keeps word boundaries between blocks, list items and table cells', () => {
    const text = htmlToPlainText(
      '<p>First paragraph.</p><p>Second.</p><ul><li>alpha</li><li>beta</li></ul>' +
        '<table><tr><th>Year</th><th>Total</th></tr><tr><td>2024</td><td>1,200</td></tr></table>',
    );
    expect(text).toBe('First paragraph.\nSecond.\nalpha\nbeta\nYear Total\n2024 1,200');
  });

  it('decodes entities and collapses whitespace, including non-breaking spaces', () => {
    expect(htmlToPlainText('<p>Costs &amp; benefits&nbsp;&pound;5m\n\n   now</p>')).toBe('Costs & benefits £5m now');
  });

  it('treats <br> as a line break and inline tags as part of the word', () => {
    expect(htmlToPlainText('<p>line one<br>line two with CO<sub>2</sub></p>')).toBe('line one\nline two with CO2');
  });

  it('drops script and style content even from unsanitised input', () => {
    expect(htmlToPlainText('<p>Keep</p><script>var x = 1;</script><style>p{}</style>')).toBe('Keep');
  });

  it('returns an empty string for empty or tag-only HTML', () => {
    expect(htmlToPlainText('')).toBe('');
    expect(htmlToPlainText('<p> </p><br>')).toBe('');
  });
});
